import type { ArticleErrorCode } from "../errors.ts";
import type { ArticleRecord } from "../schema.ts";
import type { TermCounts } from "../termCounts.ts";

export interface ParseJob {
  sourcePath: string;
  bytes: Uint8Array;
  /** `YYYY-MM-DD`: see `ParseArticleInput.today`. */
  today: string;
}

export type ParseOutcome =
  | { ok: true; record: ArticleRecord; terms: TermCounts; expires?: string }
  | { ok: false; code: ArticleErrorCode; sourcePath: string; detail: string; line?: number };
