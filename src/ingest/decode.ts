import { ArticleError } from "./errors.ts";

/** Files larger than this are refused rather than parsed (a scraped article is rarely over 1 MB). */
export const maxArticleBytes = 10 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });
const windows1252 = new TextDecoder("windows-1252");

/**
 * Turns a file's bytes into text with `\n` line endings.
 * UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded exactly; bytes that are not UTF-8 are
 * read as Windows-1252 (a superset of ISO-8859-1), the usual encoding of old scraped pages.
 */
export function decodeArticleBytes(bytes: Uint8Array, sourcePath: string): string {
  if (bytes.length > maxArticleBytes) {
    throw new ArticleError(
      "too-large",
      sourcePath,
      `file is ${bytes.length} bytes, over the ${maxArticleBytes}-byte limit for one article`,
    );
  }
  const text = normalizeLineEndings(decodeWithBom(bytes, sourcePath));
  if (text.trim() === "")
    throw new ArticleError("empty", sourcePath, "file is empty: an article needs a headline and a body");
  return text;
}

function decodeWithBom(bytes: Uint8Array, sourcePath: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(withoutBom)) {
    throw new ArticleError(
      "binary",
      sourcePath,
      "file is binary, not text (an image or document saved with a text name?)",
    );
  }
  try {
    return utf8.decode(withoutBom);
  } catch {
    return windows1252.decode(withoutBom);
  }
}

/** Text files never hold NUL bytes; binary formats almost always do within their first kilobytes. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
