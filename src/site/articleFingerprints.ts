import { createHash } from "node:crypto";
import type { Archive, ArchiveArticle, ArticleSummary, SearchableArticle } from "../archive/index.ts";
import type { SearchablePage } from "../search/shardPlan.ts";

/** A record is a function of its file's path and bytes and of the code (in `salt`), so those stand for it. */
function fingerprint(salt: string, article: SearchableArticle, rest: string): string {
  const { sourcePath, contentHash } = article.record;
  return createHash("sha256")
    .update(`${salt}\0${sourcePath}\0${contentHash}\0${rest}`)
    .digest("hex")
    .slice(0, 24);
}

/**
 * Turns a page's data into text that changes whenever the data does. An article's summary shows on many pages
 * (lists, neighbours, related articles): it is written once, as a digest, instead of in full on every page.
 */
function pageDataWriter(summaries: ReadonlySet<ArticleSummary>): (data: unknown) => string {
  const digests = new WeakMap<ArticleSummary, string>();
  const digestOf = (summary: ArticleSummary) => {
    let digest = digests.get(summary);
    if (digest === undefined) {
      digest = createHash("sha256").update(JSON.stringify(summary)).digest("base64").slice(0, 16);
      digests.set(summary, digest);
    }
    return digest;
  };
  const replacer = (_key: string, value: unknown) =>
    summaries.has(value as ArticleSummary) ? digestOf(value as ArticleSummary) : value;
  return (data) => JSON.stringify(data, replacer);
}

/** The file of a page at a site path such as `/people/angela-merkel/`. */
export function pageFile(sitePath: string): string {
  return `${sitePath.replace(/^\//, "")}index.html`;
}

export function articlePageFile(article: Pick<ArchiveArticle, "summary">): string {
  return pageFile(article.summary.path);
}

/** Fingerprints of what each keyed page (src/site/writePages.ts) shows. */
export interface PageFingerprinter {
  /** Everything the article's page shows, links included: equal means the page's bytes are equal. */
  article(article: ArchiveArticle): string;
  /** A keyed list page (a person's, a country's, a year's…) shows only its own item: its data stands for it. */
  listPage(item: object): string;
}

/**
 * `salt` stands for the code and settings that render pages: a change there must change every fingerprint.
 */
export function pageFingerprinter(archive: Archive, salt: string): PageFingerprinter {
  const write = pageDataWriter(new Set(archive.articles.map((article) => article.summary)));
  const digests = new WeakMap<object, string>();
  /**
   * The pages of one list share parts (a country's view with its every article, the jump links): each is written
   * once, not once per page, which made fingerprinting the pages of a long list quadratic.
   */
  const digestOf = (part: unknown): string => {
    if (typeof part !== "object" || part === null) return JSON.stringify(part) ?? "";
    let digest = digests.get(part);
    if (digest === undefined) {
      digest = createHash("sha256").update(write(part)).digest("base64");
      digests.set(part, digest);
    }
    return digest;
  };
  return {
    article(article) {
      const { record: _record, ...links } = article;
      return fingerprint(salt, article, write(links));
    },
    listPage(item) {
      const hash = createHash("sha256").update(`${salt}\0`);
      for (const [key, part] of Object.entries(item)) hash.update(`${key}\0${digestOf(part)}\0`);
      return hash.digest("hex").slice(0, 24);
    },
  };
}

/**
 * An article page as the search index sees it, with a fingerprint of what the index reads of it (its record,
 * countries and entities; not its neighbours or lists). The article layout keeps every data-pagefind-* attribute
 * inside what it covers. Written without the page writer's replacer: an article's own summary, people and
 * organisations hold no other article's summary to stand in for.
 */
export function searchablePage(salt: string, article: SearchableArticle): SearchablePage {
  const { summary, people, organizations } = article;
  return {
    url: summary.path,
    file: articlePageFile(article),
    published: article.record.published,
    fingerprint: fingerprint(salt, article, JSON.stringify([summary, people, organizations])),
  };
}
