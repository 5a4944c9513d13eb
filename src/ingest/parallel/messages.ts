import type { ArticleErrorCode } from "../errors.ts";
import type { ArticleRecord } from "../schema.ts";

export interface ParseJob {
  sourcePath: string;
  bytes: Uint8Array;
}

export type ParseOutcome =
  | { ok: true; record: ArticleRecord }
  | { ok: false; code: ArticleErrorCode; sourcePath: string; detail: string; line?: number };
