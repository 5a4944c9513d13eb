import { createHash } from "node:crypto";
import type { ArchiveArticle, EntityPage } from "../archive/index.ts";
import { pagedPath } from "../archive/pagination.ts";
import type { SearchablePage } from "../search/shardPlan.ts";

export interface ArticleFingerprints {
  /** Everything the article's page shows, links included: equal means the page's bytes are equal. */
  page: string;
  /** Only what the search index reads (the record, its countries and its entities): neighbours and lists do not. */
  search: string;
}

/** A record is a function of its file's path and bytes and of the code (in `salt`), so those stand for it. */
function fingerprint(salt: string, article: ArchiveArticle, rest: unknown): string {
  const { sourcePath, contentHash } = article.record;
  return createHash("sha256")
    .update(`${salt}\0${sourcePath}\0${contentHash}\0${JSON.stringify(rest)}`)
    .digest("hex")
    .slice(0, 24);
}

/** The file of a page at a site path such as `/people/angela-merkel/`. */
export function pageFile(sitePath: string): string {
  return `${sitePath.replace(/^\//, "")}index.html`;
}

export function articlePageFile(article: ArchiveArticle): string {
  return pageFile(article.summary.path);
}

/** Site path of one page of a person's or organisation's articles. */
export function entityPagePath({ list }: EntityPage): string {
  return pagedPath(list.paging.base, list.paging.number);
}

/** A page of a person or organisation shows only its own data (name, counts, its page of summaries, jumps). */
export function fingerprintEntity(entityPage: EntityPage, salt: string): string {
  return createHash("sha256")
    .update(`${salt}\0${JSON.stringify(entityPage)}`)
    .digest("hex")
    .slice(0, 24);
}

/**
 * `salt` stands for the code and settings that render pages: a change there must change every fingerprint.
 * The article layout keeps every data-pagefind-* attribute inside what `search` covers.
 */
export function fingerprintArticle(article: ArchiveArticle, salt: string): ArticleFingerprints {
  const { record: _record, ...links } = article;
  const { summary, people, organizations } = article;
  return {
    page: fingerprint(salt, article, links),
    search: fingerprint(salt, article, { summary, people, organizations }),
  };
}

export function searchablePage(article: ArchiveArticle, searchFingerprint: string): SearchablePage {
  return {
    url: article.summary.path,
    file: articlePageFile(article),
    published: article.record.published,
    fingerprint: searchFingerprint,
  };
}
