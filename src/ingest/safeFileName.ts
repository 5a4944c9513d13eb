import path from "node:path";

const maxStemLength = 120;

/**
 * A file name that is safe in any shell, on any file system and in any URL tool: letters, digits, spaces and
 * `._,-` only, no leading dot or dash. Dates and words in the name survive, since the parser reads them.
 */
export function safeFileName(original: string): string {
  const extension =
    path.extname(original).toLowerCase() === ".md" || path.extname(original).toLowerCase() === ".markdown"
      ? ".md"
      : ".txt";
  const stem = path
    .basename(original, path.extname(original))
    .normalize("NFC")
    .replace(/[^\p{L}\p{N} ._,-]+/gu, "-")
    .replace(/-{2,}/g, "-")
    .replace(/\s+/g, " ")
    .replace(/^[\s.-]+|[\s.-]+$/g, "")
    .slice(0, maxStemLength)
    .trim();
  return `${stem === "" ? "article" : stem}${extension}`;
}

/** `name.txt`, then `name-2.txt`, `name-3.txt`…: the first candidate not taken. */
export function* fileNameCandidates(fileName: string): Generator<string> {
  yield fileName;
  const extension = path.extname(fileName);
  const stem = fileName.slice(0, -extension.length);
  for (let number = 2; ; number++) yield `${stem}-${number}${extension}`;
}
