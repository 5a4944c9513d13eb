import type { ArchiveArticle } from "../archive/index.ts";

/**
 * Splits the articles into those whose pages must be rendered (new, or changed since the previous build) and those
 * whose previous pages are still exact.
 */
export function splitByChange(
  articles: readonly { article: ArchiveArticle; page: string }[],
  previousPages: Readonly<Record<string, string>>,
): { changed: ArchiveArticle[]; unchanged: ArchiveArticle[] } {
  const changed: ArchiveArticle[] = [];
  const unchanged: ArchiveArticle[] = [];
  for (const { article, page } of articles) {
    (previousPages[article.summary.path] === page ? unchanged : changed).push(article);
  }
  return { changed, unchanged };
}
