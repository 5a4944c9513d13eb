import type { Archive, Paging } from "../archive/index.ts";
import {
  layoutSearch,
  planShards,
  type SearchLayout,
  type SearchShard,
  shardPageLimit,
} from "../search/index.ts";
import {
  articlePageFile,
  listPagePath,
  pageFile,
  pageFingerprinter,
  searchablePage,
} from "./articleFingerprints.ts";
import { splitByChange } from "./splitByChange.ts";
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
  /** The article pages in search shards of whole days; a shard whose id the previous build has is reused. */
  shards: SearchShard[];
  search: SearchLayout;
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

  const articles = archive.articles.map((article) => ({ article, ...fingerprints.article(article) }));
  const articleSplit = splitByChange(
    articles.map(({ article, page }) => ({ item: article, path: article.summary.path, page })),
    previousPages,
  );
  for (const { article, page } of articles) pages[article.summary.path] = page;
  for (const article of articleSplit.unchanged) keep.add(articlePageFile(article));

  /** The pages of one keyed list that must be rendered; the others' files are kept. */
  const changedOf = <T extends object>(items: readonly T[], pagingOf: (item: T) => Paging): T[] => {
    const fingerprinted = items.map((item) => ({
      item,
      path: listPagePath(pagingOf(item)),
      page: fingerprints.listPage(item),
    }));
    for (const { path, page } of fingerprinted) pages[path] = page;
    const { changed, unchanged } = splitByChange(fingerprinted, previousPages);
    for (const item of unchanged) keep.add(pageFile(listPagePath(pagingOf(item))));
    return changed;
  };
  const render: KeyedPages = {
    articlePages: articleSplit.changed,
    entityPages: changedOf(archive.entityPages, (page) => page.list.paging),
    countryPages: changedOf(archive.countryPages, (page) => page.list.paging),
    yearPages: changedOf(archive.timeline.yearPages, (page) => page.list.paging),
    undatedPages: changedOf(archive.timeline.undatedPages, (page) => page.list.paging),
    letterPages: changedOf(archive.entityLetterPages, (page) => page.paging),
  };

  const shards = planShards(
    articles.map(({ article, search }) => searchablePage(article, search)),
    settings.shardPages ?? shardPageLimit(archive.articles.length),
  );
  return { render, keep, pages, shards, search: layoutSearch(shards) };
}

/** Pages of keyed lists in a plan: people, organisations, countries, years, undated articles and letters. */
export function listPageCount(render: KeyedPages): number {
  const { articlePages: _articles, ...lists } = render;
  return Object.values(lists).reduce((sum, items) => sum + items.length, 0);
}
