import type { ArchiveEntry } from "./entry.ts";
import type { ArticleSummary } from "./types.ts";

export interface MoreOnSameCountriesOptions {
  /** How many articles to suggest. Default 5. */
  limit?: number;
  /** How many neighbours to consider on each side in each country's list. Default 4. */
  window?: number;
}

/**
 * Suggests, for each article, others that share its countries, preferring more shared countries and then
 * articles close in date. Only nearby entries of each country's newest-first list are considered, so the
 * work grows with the number of articles, not its square.
 */
export function moreOnSameCountries(
  entries: readonly ArchiveEntry[],
  byCountry: ReadonlyMap<string, readonly ArchiveEntry[]>,
  options: MoreOnSameCountriesOptions = {},
): Map<ArchiveEntry, ArticleSummary[]> {
  const limit = options.limit ?? 5;
  const window = options.window ?? 4;
  const positions = new Map<string, Map<ArchiveEntry, number>>();
  for (const [code, list] of byCountry)
    positions.set(code, new Map(list.map((entry, index) => [entry, index])));

  const result = new Map<ArchiveEntry, ArticleSummary[]>();
  for (const entry of entries) {
    const codes = new Set(entry.record.countries.map((country) => country.code));
    const candidates = new Map<ArchiveEntry, { shared: number; distance: number }>();
    for (const code of codes) {
      const list = byCountry.get(code) ?? [];
      const position = positions.get(code)?.get(entry) ?? 0;
      for (let index = Math.max(0, position - window); index <= position + window; index++) {
        const other = list[index];
        if (other === undefined || other === entry || candidates.has(other)) continue;
        const shared = other.record.countries.filter((country) => codes.has(country.code)).length;
        candidates.set(other, { shared, distance: Math.abs(index - position) });
      }
    }
    const ranked = [...candidates].sort(([, a], [, b]) => b.shared - a.shared || a.distance - b.distance);
    result.set(
      entry,
      ranked.slice(0, limit).map(([other]) => other.summary),
    );
  }
  return result;
}
