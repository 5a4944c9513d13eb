import type { ArchiveEntry } from "./entry.ts";
import type { ArticleSummary } from "./types.ts";

export interface Neighbours {
  previous?: ArticleSummary;
  next?: ArticleSummary;
}

/**
 * Previous (older) and next (newer) article for each entry of a newest-first list.
 * Dated articles chain by date; undated ones chain among themselves in headline order.
 */
export function neighboursByDate(newestFirst: readonly ArchiveEntry[]): Map<ArchiveEntry, Neighbours> {
  const result = new Map<ArchiveEntry, Neighbours>();
  newestFirst.forEach((entry, index) => {
    const newer = newestFirst[index - 1];
    const older = newestFirst[index + 1];
    const sameGroup = (other: ArchiveEntry | undefined): other is ArchiveEntry =>
      other !== undefined && (other.date === undefined) === (entry.date === undefined);
    const neighbours: Neighbours = {};
    if (entry.date) {
      if (sameGroup(older)) neighbours.previous = older.summary;
      if (sameGroup(newer)) neighbours.next = newer.summary;
    } else {
      if (sameGroup(newer)) neighbours.previous = newer.summary;
      if (sameGroup(older)) neighbours.next = older.summary;
    }
    result.set(entry, neighbours);
  });
  return result;
}
