import path from "node:path";
import { type Archive, draftArchive } from "../archive/index.ts";
import type { ArticleRecord } from "../ingest/schema.ts";
import type { TermCounts } from "../ingest/termCounts.ts";
import {
  type IndexShardsResult,
  indexShards,
  isOutsidePrimaryBundle,
  readOfflineManifest,
  writeOfflineManifest,
} from "../search/index.ts";
import { PageArrivals } from "../search/pageArrivals.ts";
import { articlePageFile } from "./articleFingerprints.ts";
import { type BuildPlan, listPageCount, planBuild, planSearch, type SearchPlan } from "./planBuild.ts";
import { type BuildProgress, silentProgress } from "./progress.ts";
import type { SiteConfig } from "./siteConfig.ts";
import { writePages } from "./writePages.ts";
import { writeRecordsJson } from "./writeRecordsJson.ts";

const primaryBundleFolder = "pagefind/";

export interface PreviousBuild {
  /**
   * The previous build's site folder. This build writes only what changed into its own folder, for the caller to
   * apply to this one (src/site/applyStaged.ts); `RenderSiteResult.isKept` names the files it relied on.
   */
  siteDir: string;
  /** Its keyed pages' fingerprints by page path, from `RenderSiteResult.pages`. */
  pages: Readonly<Record<string, string>>;
  /** Its search fingerprints by article page path, from `RenderSiteResult.searchPages`. */
  searchPages: Readonly<Record<string, string>>;
}

export interface RenderSiteOptions {
  progress?: BuildProgress;
  /** Stands for the code and settings; fingerprints of one build can only match another's with the same salt. */
  salt?: string;
  /** Reuse this build's unchanged article pages and search shards instead of rendering and indexing them. */
  previous?: PreviousBuild | undefined;
  /** Pages per search shard before the archive outgrows it (tests use small ones). Default: `shardPageLimit`. */
  shardPages?: number;
  /** Each record's word counts by its `sourcePath`, as ingest cached them; default: counted here. */
  terms?: ReadonlyMap<string, TermCounts>;
}

export interface RenderSiteResult {
  articleCount: number;
  /** Article pages in the search index. */
  indexedPages: number;
  /** Fingerprint of each keyed page (articles and paginated lists) by its path, for the next build's `previous`. */
  pages: Record<string, string>;
  /** Fingerprint of what the search index read of each article page, by its path, for the next build. */
  searchPages: Record<string, string>;
  /** Article pages rendered; the others were kept from `previous`. */
  renderedPages: number;
  /** Pages of keyed lists (people, organisations, countries, years, letters) rendered; the others were kept. */
  renderedListPages: number;
  indexedShards: number;
  reusedShards: number;
  /** Site-relative files of the previous build this one relies on as they are; none without `previous`. */
  isKept: (relative: string) => boolean;
}

/** Renders the records into `outDir` (which should be empty) and indexes the article pages for search. */
export async function renderSite(
  records: readonly ArticleRecord[],
  site: SiteConfig,
  outDir: string,
  options: RenderSiteOptions = {},
): Promise<RenderSiteResult> {
  const progress = options.progress ?? silentProgress;
  const salt = options.salt ?? "";
  progress.stage("render");
  const { terms } = options;
  const draft = draftArchive(records, {
    permalink: site.permalink,
    ...(terms && { termsOf: (record) => terms.get(record.sourcePath) }),
  });
  const settings = { salt, shardPages: options.shardPages };
  const searchPlan = planSearch(draft.searchable, settings);
  const { shards, layout: search } = searchPlan;
  const { previous } = options;
  const arrivals = new PageArrivals();
  const { indexing } = await startIndexing(outDir, searchPlan, arrivals, previous);
  /** The rest of the archive, the plan, and the pages and records.json written. */
  const writeSite = async () => {
    const archive = draft.finish();
    const plan = planBuild(archive, previous?.pages, settings);
    // records.json is mostly the kernel copying bytes, so it is written while Eleventy renders, not after.
    const written = await Promise.allSettled([
      writePages(outDir, { archive, search, site }, plan.render, {
        onArticlesWritten: (articles) => arrivals.add(articles.map(articlePageFile)),
      }),
      writeRecordsJson(
        path.join(outDir, "records.json"),
        archive.articles.map((article) => article.record),
      ),
    ]);
    for (const outcome of written) if (outcome.status === "rejected") throw outcome.reason;
    return { archive, plan };
  };
  let archive: Archive;
  let plan: BuildPlan;
  try {
    ({ archive, plan } = await writeSite());
    arrivals.end();
  } catch (error) {
    // Pagefind writes into the staging folder: it must stop before the caller deletes that folder.
    arrivals.end(error as Error);
    await indexing.catch(() => {});
    throw error;
  }
  const { render, keep: keptPages } = plan;
  const renderedListPages = listPageCount(render);
  const listPages = Object.keys(plan.pages).length - archive.articles.length;
  progress.stageDone(
    "render",
    `${render.articlePages.length} article pages (${archive.articles.length - render.articlePages.length} unchanged), ${renderedListPages} pages of people, organisations, countries and years (${listPages - renderedListPages} unchanged) and the indexes`,
  );
  progress.stage("index");
  const indexed = await indexing;
  await writeOfflineManifest(outDir, {
    siteHolding: (folder) => (previous && indexed.keptBundles.includes(folder) ? previous.siteDir : outDir),
    previous: previous && (await readOfflineManifest(previous.siteDir)),
  });
  progress.stageDone(
    "index",
    `${indexed.pageCount} pages searchable, ${indexed.indexedShards} of ${shards.length} shards indexed`,
  );
  return {
    articleCount: archive.articles.length,
    indexedPages: indexed.pageCount,
    pages: plan.pages,
    searchPages: searchPlan.pages,
    renderedPages: render.articlePages.length,
    renderedListPages,
    indexedShards: indexed.indexedShards,
    reusedShards: indexed.reusedShards,
    isKept: (relative) =>
      keptPages.has(relative) ||
      indexed.keptBundles.some(
        (folder) =>
          relative.startsWith(folder) &&
          !(folder === primaryBundleFolder && isOutsidePrimaryBundle(relative.slice(folder.length))),
      ),
  };
}

/**
 * Starts indexing the search shards, and returns once the shard threads hold their shards: the rest of the archive
 * and the plan keep this thread busy for seconds, and no thread would get its shard until then. A page whose
 * searchable part is what the previous build indexed is read from that build's site; Pagefind waits only for the
 * others. An index that fails before it starts fails here.
 */
async function startIndexing(
  outDir: string,
  { shards, layout }: SearchPlan,
  arrivals: PageArrivals,
  previous: PreviousBuild | undefined,
): Promise<{ indexing: Promise<IndexShardsResult> }> {
  let onStarted = () => {};
  const started = new Promise<void>((resolve) => {
    onStarted = resolve;
  });
  const indexing = indexShards({
    siteDir: outDir,
    shards,
    layout,
    pageSource: (page) =>
      previous?.searchPages[page.url] === page.fingerprint
        ? { url: page.url, file: path.join(previous.siteDir, page.file) }
        : { url: page.url, file: path.join(outDir, page.file), pending: page.file },
    arrivals,
    onStarted,
    ...(previous && { previous: { siteDir: previous.siteDir, inPlace: true } }),
  });
  // Awaited by the caller; until then a failed index must not count as an unhandled rejection.
  indexing.catch(() => {});
  await Promise.race([started, indexing]);
  return { indexing };
}
