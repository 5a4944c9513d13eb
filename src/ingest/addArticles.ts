import { writeFile } from "node:fs/promises";
import path from "node:path";
import { expandAddInputs } from "./addInputs.ts";
import { ArticleError } from "./errors.ts";
import { hashBytes } from "./identity.ts";
import { type IngestOptions, ingestFolder } from "./ingestFolder.ts";
import { parseArticle } from "./parseArticle.ts";
import { readRegularFile } from "./readRegularFile.ts";
import { fileNameCandidates, safeFileName } from "./safeFileName.ts";
import type { ArticleRecord } from "./schema.ts";
import { currentDay } from "./today.ts";

export type AddOutcome =
  | { kind: "added"; file: string; sourcePath: string; record: ArticleRecord; likelyDuplicateOf?: string }
  | { kind: "refused"; file: string; reason: string; line?: number };

/**
 * Validates article files and copies the good ones into the content folder under safe names. Refuses bytes
 * already in the archive, warns about a likely duplicate (same headline and date), never overwrites a file.
 */
export async function addArticles(
  inputs: readonly string[],
  contentDir: string,
  options: IngestOptions = {},
): Promise<AddOutcome[]> {
  const today = options.today ?? currentDay();
  const { records, problems } = await ingestFolder(contentDir, { ...options, today });
  const byHash = new Map(records.map((record) => [record.contentHash, record.sourcePath]));
  // Ingest hashed the files it accepted; only rejected ones are read again, and never through a link.
  for (const { sourcePath } of problems) {
    const read = await readRegularFile(path.join(contentDir, sourcePath));
    if ("bytes" in read) byHash.set(hashBytes(read.bytes), sourcePath);
  }
  const byHeadline = new Map(records.map((record) => [headlineKey(record), record.sourcePath]));
  const outcomes: AddOutcome[] = [];
  for (const { file, refused } of await expandAddInputs(inputs)) {
    outcomes.push(
      refused === undefined
        ? await addOne(file, { contentDir, today, byHash, byHeadline })
        : { kind: "refused", file, reason: refused },
    );
  }
  return outcomes;
}

/** The archive an article is added to: its folder, the day, and its articles by bytes and by headline. */
interface AddTarget {
  contentDir: string;
  today: string;
  byHash: Map<string, string>;
  byHeadline: Map<string, string>;
}

async function addOne(
  file: string,
  { contentDir, today, byHash, byHeadline }: AddTarget,
): Promise<AddOutcome> {
  const read = await readRegularFile(file);
  if ("refused" in read) return { kind: "refused", file, reason: read.refused };
  const { bytes } = read;
  const existing = byHash.get(hashBytes(bytes));
  if (existing !== undefined)
    return { kind: "refused", file, reason: `already in the archive as ${existing}` };
  for (const candidate of fileNameCandidates(safeFileName(path.basename(file)))) {
    const target = path.join(contentDir, candidate);
    let record: ArticleRecord;
    try {
      record = parseArticle({ bytes, sourcePath: candidate, today });
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
