import { coverageByYear } from "./coverage.ts";
import type { ArchiveEntry } from "./entry.ts";
import { byYear, pageArticles, type SectionOf } from "./pagedArticles.ts";
import { monthAnchor, undatedPath, yearPath } from "./paths.ts";
import type { MonthCount, Timeline, TimelineMonth, TimelineYear, YearPage } from "./types.ts";

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" });

/** A year's page groups its articles by month; the ids are the `#month-03` anchors the timeline links to. */
const byMonth: SectionOf = (article) => {
  const [year = "", month = ""] = article.published?.split("-") ?? [];
  return {
    id: monthAnchor(Number(month)),
    label: `${monthFormat.format(Date.UTC(2000, Number(month) - 1, 1))} ${year}`,
  };
};

/** Buckets dated entries by year and month, keeping their order within each month. */
function monthsByYear(entries: readonly ArchiveEntry[]): Map<number, Map<number, TimelineMonth>> {
  const years = new Map<number, Map<number, TimelineMonth>>();
  for (const entry of entries) {
    if (!entry.date) continue;
    const { year, month } = entry.date;
    const months = years.get(year) ?? new Map<number, TimelineMonth>();
    years.set(year, months);
    const timelineMonth = months.get(month) ?? { year, month, articles: [] };
    months.set(month, timelineMonth);
    timelineMonth.articles.push(entry.summary);
  }
  return years;
}

/** Every month from the first with an article to the last, oldest first; a gap is a zero. */
function monthlyCounts(newestYears: readonly TimelineYear[]): MonthCount[] {
  const counts = new Map<number, number>();
  for (const year of newestYears) {
    for (const month of year.months) counts.set(year.year * 12 + month.month - 1, month.articles.length);
  }
  if (counts.size === 0) return [];
  const keys = [...counts.keys()];
  const monthly: MonthCount[] = [];
  for (let key = Math.min(...keys); key <= Math.max(...keys); key++) {
    monthly.push({ year: Math.floor(key / 12), month: (key % 12) + 1, count: counts.get(key) ?? 0 });
  }
  return monthly;
}

/**
 * Years newest first, months January first, articles oldest first within a month; each year paginated by month,
 * and the undated articles on pages of their own rather than on the timeline.
 */
export function buildTimeline(newestFirst: readonly ArchiveEntry[]): Timeline {
  const yearPages: YearPage[] = [];
  const years: TimelineYear[] = [...monthsByYear([...newestFirst].reverse())]
    .sort(([a], [b]) => b - a)
    .map(([year, months]) => {
      const sortedMonths = [...months.values()].sort((a, b) => a.month - b.month);
      const count = sortedMonths.reduce((sum, month) => sum + month.articles.length, 0);
      const paged = pageArticles(
        sortedMonths.flatMap((month) => month.articles),
        yearPath(year),
        byMonth,
      );
      for (const list of paged.pages) yearPages.push({ year, count, list, jumps: paged.jumps });
      return { year, count, months: sortedMonths, jumps: paged.jumps };
    });
  const undated = newestFirst.filter((entry) => !entry.date).map((entry) => entry.summary);
  return {
    years,
    coverage: coverageByYear(newestFirst),
    monthly: monthlyCounts(years),
    undated,
    yearPages,
    undatedPages:
      undated.length > 0
        ? pageArticles(undated, undatedPath, byYear).pages.map((list) => ({ count: undated.length, list }))
        : [],
  };
}
