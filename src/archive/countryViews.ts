import { coverageByYear } from "./coverage.ts";
import type { ArchiveEntry } from "./entry.ts";
import type { CoMention, CountryRef, CountryView } from "./types.ts";

/** Groups newest-first entries by every country they mention; each list stays newest first. */
export function groupByCountry(newestFirst: readonly ArchiveEntry[]): Map<string, ArchiveEntry[]> {
  const byCountry = new Map<string, ArchiveEntry[]>();
  for (const entry of newestFirst) {
    for (const code of new Set(entry.record.countries.map((country) => country.code))) {
      const list = byCountry.get(code);
      if (list) list.push(entry);
      else byCountry.set(code, [entry]);
    }
  }
  return byCountry;
}

function coMentions(
  code: string,
  entries: readonly ArchiveEntry[],
  refs: ReadonlyMap<string, CountryRef>,
  limit: number,
) {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const other of new Set(entry.record.countries.map((country) => country.code))) {
      if (other !== code) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  const mentions: CoMention[] = [];
  for (const [other, count] of counts) {
    const country = refs.get(other);
    if (country) mentions.push({ country, count });
  }
  mentions.sort((a, b) => b.count - a.count || a.country.name.localeCompare(b.country.name, "en"));
  return mentions.slice(0, limit);
}

/** One view per country: its articles, its coverage per year and the countries named alongside it. */
export function buildCountryViews(
  byCountry: ReadonlyMap<string, readonly ArchiveEntry[]>,
  refs: ReadonlyMap<string, CountryRef>,
  coMentionLimit = 8,
): CountryView[] {
  const views: CountryView[] = [];
  for (const [code, entries] of byCountry) {
    const ref = refs.get(code);
    if (!ref) continue;
    views.push({
      ...ref,
      articles: entries.map((entry) => entry.summary),
      coverage: coverageByYear(entries),
      coMentioned: coMentions(code, entries, refs, coMentionLimit),
    });
  }
  return views.sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, "en"));
}
