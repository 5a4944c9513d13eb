import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { ArticleError } from "./errors.ts";
import { parseArticle } from "./parseArticle.ts";
import type { ArticleRecord } from "./schema.ts";

export interface IngestResult {
  /** Every article that parsed, ordered by `sourcePath`. */
  records: ArticleRecord[];
  /** Every file that did not, ordered by `sourcePath`. */
  problems: ArticleError[];
}

const articleExtensions = new Set([".txt", ".md", ".markdown"]);

/** Lists the article files below `contentDir`, relative to it, with `/` separators, sorted. */
export async function listArticleFiles(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && articleExtensions.has(path.extname(entry.name).toLowerCase()))
    .map((entry) =>
      path.relative(contentDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"),
    )
    .filter((relative) => !relative.split("/").some((segment) => segment.startsWith(".")))
    .sort();
}

/** Reads and parses every article below `contentDir`, collecting every problem instead of stopping at the first. */
export async function ingestFolder(contentDir: string): Promise<IngestResult> {
  const records: ArticleRecord[] = [];
  const problems: ArticleError[] = [];
  for (const sourcePath of await listArticleFiles(contentDir)) {
    try {
      const bytes = await readFile(path.join(contentDir, sourcePath));
      records.push(parseArticle({ bytes, sourcePath }));
    } catch (error) {
      if (error instanceof ArticleError) problems.push(error);
      else if (isFileSystemError(error))
        problems.push(new ArticleError("unreadable", sourcePath, error.message));
      else throw error;
    }
  }
  return { records, problems };
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";
}
