import { ArticleError } from "../errors.ts";
import { parseArticleWithExpiry } from "../parseArticle.ts";
import { countTerms } from "../termCounts.ts";
import type { ParseJob, ParseOutcome } from "./messages.ts";

/** Parses jobs in this thread, turning user errors into values that can cross a thread boundary. */
export function parseJobs(jobs: readonly ParseJob[]): ParseOutcome[] {
  return jobs.map((job) => {
    try {
      const parsed = parseArticleWithExpiry(job);
      return { ok: true, ...parsed, terms: countTerms(parsed.record) };
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      const { code, sourcePath, detail, line } = error;
      return line === undefined
        ? { ok: false, code, sourcePath, detail }
        : { ok: false, code, sourcePath, detail, line };
    }
  });
}
