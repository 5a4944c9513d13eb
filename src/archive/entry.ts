import type { ArticleRecord } from "../ingest/schema.ts";
import type { ArticleDateParts } from "./articleDate.ts";
import type { ArticleSummary } from "./types.ts";

/** One record with its summary and parsed date, as the archive's builders pass it around. */
export interface ArchiveEntry {
  record: ArticleRecord;
  summary: ArticleSummary;
  date?: ArticleDateParts;
}

const byTitleThenId = (a: ArchiveEntry, b: ArchiveEntry): number =>
  a.summary.title.localeCompare(b.summary.title, "en") || a.summary.id.localeCompare(b.summary.id);

/** Orders entries newest first, undated last (by headline), ties broken so every build agrees. */
export function compareNewestFirst(a: ArchiveEntry, b: ArchiveEntry): number {
  if (a.date && b.date) return b.date.instant - a.date.instant || byTitleThenId(a, b);
  if (a.date) return -1;
  if (b.date) return 1;
  return byTitleThenId(a, b);
}
