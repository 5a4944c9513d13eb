import type { Archive, Paging, SearchableArticle } from "../archive/index.ts";
import { pagePath } from "../archive/pagination.ts";
import {
  layoutSearch,
  planShards,
  type SearchLayout,
  type SearchShard,
  shardPageLimit,
} from "../search/index.ts";
import { pageFile, pageFingerprinter, searchablePage } from "./articleFingerprints.ts";
import { type FingerprintedPage, splitByChange } from "./splitByChange.ts";
import type { KeyedPages } from "./writePages.ts";

export interface PlanSettings {
  /** Stands for the code and settings; fingerprints of one build can only match another's with the same salt. */
  salt: string;
  /** Pages per search shard before the archive outgrows it (tests use small ones). Default: `shardPageLimit`. */
  shardPages?: number | undefined;
}

/** What a build writes, as plain data: nothing here reads a file. */
export interface BuildPlan {
  /** The keyed pages to render: new ones, and those whose fingerprint changed. */
  render: KeyedPages;
  /** Files of keyed pages that the previous build wrote exactly as this one would: they are kept. */
  keep: ReadonlySet<string>;
  /** Fingerprint of every keyed page by its site path, for the next build's plan. */
  pages: Record<string, string>;
}

/** The search index's share of a plan. */
export interface SearchPlan {
  /** The fingerprint of what the index reads of each article page, by its site path, for the next build. */
  pages: Record<string, string>;
  /** The article pages in search shards of whole days; a shard whose id the previous build has is reused. */
  shards: SearchShard[];
  layout: SearchLayout;
}

/**
 * Plans the search index from what it reads of each article, which the archive knows before its slowest steps:
 * indexing can start while the rest of the site is planned and rendered.
 */
export function planSearch(articles: readonly SearchableArticle[], settings: PlanSettings): SearchPlan {
  const searchable = articles.map((article) => searchablePage(settings.salt, article));
  const shards = planShards(searchable, settings.shardPages ?? shardPageLimit(articles.length));
  return {
    pages: Object.fromEntries(searchable.map((page) => [page.url, page.fingerprint])),
    shards,
    layout: layoutSearch(shards),
  };
}

/**
 * Plans a build of `archive` against the fingerprints of the previous build's keyed pages (none for a full
 * build). A page is rendered unless the previous build wrote one at the same path with the same fingerprint; the
 * apply step deletes whatever the previous build wrote that this one neither writes nor keeps.
 */
export function planBuild(
  archive: Archive,
  previousPages: Readonly<Record<string, string>> | undefined,
  settings: PlanSettings,
): BuildPlan {
  const fingerprints = pageFingerprinter(archive, settings.salt);
  const pages: Record<string, string> = {};
  const keep = new Set<string>();
  /** Notes each page's fingerprint and keeps the files of unchanged pages; returns the items to render. */
  const changedOf = <T>(fingerprinted: readonly FingerprintedPage<T>[]): T[] => {
    for (const { path, page } of fingerprinted) pages[path] = page;
    const { changed, unchanged } = splitByChange(fingerprinted, previousPages);
    for (const { path } of unchanged) keep.add(pageFile(path));
    return changed;
  };
  /** A keyed list page's data stands for everything it shows. */
  const listPages = <T extends object>(items: readonly T[], pagingOf: (item: T) => Paging): T[] =>
    changedOf(
      items.map((item) => ({ item, path: pagePath(pagingOf(item)), page: fingerprints.listPage(item) })),
    );

  const render: KeyedPages = {
    articlePages: changedOf(
      archive.articles.map((article) => ({
        item: article,
        path: article.summary.path,
        page: fingerprints.article(article),
      })),
    ),
    entityPages: listPages(archive.entityPages, (page) => page.list.paging),
    countryPages: listPages(archive.countryPages, (page) => page.list.paging),
    yearPages: listPages(archive.timeline.yearPages, (page) => page.list.paging),
    undatedPages: listPages(archive.timeline.undatedPages, (page) => page.list.paging),
    letterPages: listPages(archive.entityLetterPages, (page) => page.paging),
  };
  return { render, keep, pages };
}

/** Pages of keyed lists in a plan: people, organisations, countries, years, undated articles and letters. */
export function listPageCount(render: KeyedPages): number {
  const { articlePages: _articles, ...lists } = render;
  return Object.values(lists).reduce((sum, items) => sum + items.length, 0);
}
