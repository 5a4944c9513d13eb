import type { ArchiveEntry } from "./entry.ts";
import type { YearCount } from "./types.ts";

/** Counts dated entries per year, oldest first, with every year in between (a gap is a zero, not a hole). */
export function coverageByYear(entries: readonly ArchiveEntry[]): YearCount[] {
  const counts = new Map<number, number>();
  for (const entry of entries) {
    if (entry.date) counts.set(entry.date.year, (counts.get(entry.date.year) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const coverage: YearCount[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    coverage.push({ year, count: counts.get(year) ?? 0 });
  }
  return coverage;
}
