import type { RelatedStory } from "../ingest/schema.ts";
import type { ArticleSummary, RelatedLink } from "./types.ts";

/** Reduces a headline to words only, so quoting, dashes and case do not stop a match. */
export function normalizeTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{Mark}/gu, "")
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, " ")
    .trim();
}

/** Indexes headlines once so each related story resolves in constant time. */
export function indexTitles(summaries: readonly ArticleSummary[]): Map<string, ArticleSummary> {
  const byTitle = new Map<string, ArticleSummary>();
  for (const summary of summaries) {
    const key = normalizeTitle(summary.title);
    if (key && !byTitle.has(key)) byTitle.set(key, summary);
  }
  return byTitle;
}

/** Links each related story to the archived article with the same headline, never to the article itself. */
export function resolveRelated(
  related: readonly RelatedStory[],
  self: ArticleSummary,
  byTitle: ReadonlyMap<string, ArticleSummary>,
): RelatedLink[] {
  return related.map((story) => {
    const match = byTitle.get(normalizeTitle(story.title));
    return {
      title: story.title,
      ...(story.date === undefined ? {} : { date: story.date }),
      ...(story.summary === undefined ? {} : { summary: story.summary }),
      ...(match === undefined || match === self ? {} : { article: match }),
    };
  });
}
