import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { ArticleError } from "./errors.ts";
import { hashBytes } from "./identity.ts";
import { type IngestOptions, ingestFolder } from "./ingestFolder.ts";
import { parseArticle } from "./parseArticle.ts";
import { fileNameCandidates, safeFileName } from "./safeFileName.ts";
import type { ArticleRecord } from "./schema.ts";

export type AddOutcome =
  | { kind: "added"; file: string; sourcePath: string; record: ArticleRecord; likelyDuplicateOf?: string }
  | { kind: "refused"; file: string; reason: string; line?: number };

const articleExtension = /\.(?:txt|md|markdown)$/i;

/**
 * Validates article files and copies the good ones into the content folder under safe names. Refuses bytes
 * already in the archive, warns about a likely duplicate (same headline and date), never overwrites a file.
 */
export async function addArticles(
  inputs: readonly string[],
  contentDir: string,
  options: IngestOptions = {},
): Promise<AddOutcome[]> {
  const { records, problems } = await ingestFolder(contentDir, options);
  const byHash = new Map(records.map((record) => [record.contentHash, record.sourcePath]));
  // Ingest hashed the files it accepted; only rejected ones (never links, which are not followed) are read again.
  for (const { sourcePath, code } of problems) {
    if (code === "symlink") continue;
    const bytes = await readFile(path.join(contentDir, sourcePath)).catch(() => undefined);
    if (bytes) byHash.set(hashBytes(bytes), sourcePath);
  }
  const byHeadline = new Map(records.map((record) => [headlineKey(record), record.sourcePath]));
  const outcomes: AddOutcome[] = [];
  for (const file of await expandInputs(inputs)) {
    outcomes.push(await addOne(file, contentDir, byHash, byHeadline));
  }
  return outcomes;
}

async function addOne(
  file: string,
  contentDir: string,
  byHash: Map<string, string>,
  byHeadline: Map<string, string>,
): Promise<AddOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { kind: "refused", file, reason: (error as Error).message };
  }
  const existing = byHash.get(hashBytes(bytes));
  if (existing !== undefined)
    return { kind: "refused", file, reason: `already in the archive as ${existing}` };
  for (const candidate of fileNameCandidates(safeFileName(path.basename(file)))) {
    const target = path.join(contentDir, candidate);
    let record: ArticleRecord;
    try {
      record = parseArticle({ bytes, sourcePath: candidate });
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      const refused: AddOutcome = { kind: "refused", file, reason: error.detail };
      return error.line === undefined ? refused : { ...refused, line: error.line };
    }
    try {
      await writeFile(target, bytes, { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
      throw error;
    }
    byHash.set(record.contentHash, candidate);
    const likelyDuplicateOf = byHeadline.get(headlineKey(record));
    byHeadline.set(headlineKey(record), candidate);
    const added: AddOutcome = { kind: "added", file, sourcePath: candidate, record };
    return likelyDuplicateOf === undefined ? added : { ...added, likelyDuplicateOf };
  }
  throw new Error("fileNameCandidates is endless");
}

function headlineKey(record: ArticleRecord): string {
  return `${record.title.toLowerCase().replace(/\s+/g, " ")}\u0000${record.published?.slice(0, 10) ?? ""}`;
}

/** A folder stands for every article file in it. */
async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      const entries = await readdir(input, { recursive: true });
      files.push(
        ...entries
          .filter((entry) => articleExtension.test(entry))
          .sort()
          .map((entry) => path.join(input, entry)),
      );
    } else {
      files.push(input);
    }
  }
  return files;
}
