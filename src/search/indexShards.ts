import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { linkTree } from "../runtime/linkTree.ts";
import { pathExists } from "../runtime/pathExists.ts";
import type { ShardPage } from "./indexOneShard.ts";
import { PageArrivals } from "./pageArrivals.ts";
import type { SearchLayout, ShardBundle } from "./searchLayout.ts";
import { type PendingJob, readiness, runShardJobs } from "./shardJobs.ts";
import type { SearchablePage, SearchShard } from "./shardPlan.ts";

/** Pagefind reported a problem; the build must fail rather than ship a broken or partial index. */
export class SearchIndexError extends Error {
  override readonly name = "SearchIndexError";
  constructor(
    readonly step: string,
    readonly errors: readonly string[],
  ) {
    super(`search index: ${step} failed: ${errors.join("; ")}`);
  }
}

export interface IndexShardsOptions {
  /** Folder the bundles are written to: `pagefind/` and `pagefind/shards/<id>/` under it. */
  siteDir: string;
  shards: readonly SearchShard[];
  layout: SearchLayout;
  /**
   * Where a page's HTML is: its absolute path and, for a page this build is writing, the site-relative file that
   * `arrivals` announces once it is on disk.
   */
  pageSource: (page: SearchablePage) => ShardPage;
  /** Announces the pages this build writes, so indexing overlaps rendering. Default: every page is on disk. */
  arrivals?: PageArrivals;
  /**
   * Called once every shard that can be indexed now is in a thread's hands. A caller about to keep this thread
   * busy waits for it: until then no thread has been given its shard.
   */
  onStarted?: () => void;
  /** A previous build of the same site: shards with an unchanged id are reused from it instead of indexed. */
  previous?: {
    siteDir: string;
    /** The previous folder is being updated in place, so a shard that stays where it was is left there. */
    inPlace: boolean;
  };
}

export interface IndexShardsResult {
  pageCount: number;
  indexedShards: number;
  reusedShards: number;
  /** With `previous.inPlace`: site-relative folders (`pagefind/`, `pagefind/shards/<id>/`) left as they were. */
  keptBundles: string[];
}

/** The layout, beside the primary bundle: the terminal search merges by it, and the next build reuses by it. */
export const searchLayoutFile = "pagefind/shards.json";
const workFolder = ".pagefind-work";

export async function readSearchLayout(siteDir: string): Promise<SearchLayout | undefined> {
  const text = await readFile(path.join(siteDir, searchLayoutFile), "utf8").catch(() => undefined);
  return text === undefined ? undefined : (JSON.parse(text) as SearchLayout);
}

/** The primary bundle's folder also holds the other shards and the layout; they are not part of its bundle. */
export const isOutsidePrimaryBundle = (relative: string) =>
  relative.startsWith("shards/") || relative === "shards.json";

const relativeFolder = (bundle: ShardBundle) => bundle.path.replace(/^\//, "");

function isWholeBundle(folder: string): Promise<boolean> {
  return pathExists(path.join(folder, "pagefind-entry.json"));
}

function bundleOf(layout: SearchLayout, shardId: string): ShardBundle {
  const bundle = [layout.primary, ...layout.merged].find((candidate) => candidate.shardId === shardId);
  if (!bundle) throw new Error(`shard ${shardId} is not in the search layout`);
  return bundle;
}

/**
 * Writes one Pagefind bundle per shard: the primary at `<siteDir>/pagefind/`, the others at
 * `<siteDir>/pagefind/shards/<id>/`, plus `pagefind/shards.json`. Shards whose id the previous build already
 * has are reused (left in place, or linked); the rest are indexed in parallel.
 */
export async function indexShards(options: IndexShardsOptions): Promise<IndexShardsResult> {
  const { siteDir, shards, layout, previous } = options;
  const arrivals = options.arrivals ?? writtenAlready;
  const work = path.join(siteDir, workFolder);
  const previousLayout = previous ? await readSearchLayout(previous.siteDir) : undefined;
  const previousBundles = new Map(
    previousLayout
      ? [previousLayout.primary, ...previousLayout.merged].map((bundle) => [bundle.shardId, bundle])
      : [],
  );
  const jobs: PendingJob[] = [];
  const keptBundles: string[] = [];
  const placed: ShardBundle[] = [];
  let reusedPages = 0;
  for (const shard of shards) {
    const bundle = bundleOf(layout, shard.id);
    const old = previousBundles.get(shard.id);
    const oldFolder = previous && old ? path.join(previous.siteDir, old.path) : undefined;
    if (previous && old && oldFolder && (await isWholeBundle(oldFolder))) {
      reusedPages += shard.pages.length;
      if (previous.inPlace && old.path === bundle.path) {
        keptBundles.push(relativeFolder(bundle));
        continue;
      }
      await linkTree(oldFolder, path.join(work, shard.id), isOutsidePrimaryBundle);
    } else {
      const pages = shard.pages.map(options.pageSource);
      jobs.push({
        job: { pages, sentinel: shards.length > 1, outputPath: path.join(work, shard.id) },
        ...readiness(pages, arrivals),
      });
    }
    placed.push(bundle);
  }
  // One Pagefind service per thread, one thread per core, at most two: each service holds a whole shard.
  const outcomes = await runShardJobs(
    jobs,
    arrivals,
    Math.min(2, availableParallelism()),
    options.onStarted ?? (() => {}),
  );
  let indexedPages = 0;
  for (const outcome of outcomes) {
    if (!outcome.ok) throw new SearchIndexError(outcome.step, outcome.errors);
    indexedPages += outcome.pageCount;
  }
  const expected = shards.reduce((sum, shard) => sum + shard.pages.length, 0);
  if (indexedPages + reusedPages !== expected) {
    throw new SearchIndexError("addHTMLFile", [
      `indexed ${indexedPages + reusedPages} pages but the archive has ${expected} articles`,
    ]);
  }
  await moveIntoPlace(siteDir, work, layout, placed);
  return {
    pageCount: expected,
    indexedShards: jobs.length,
    reusedShards: shards.length - jobs.length,
    keptBundles,
  };
}

/** The primary goes first: its folder holds the others. */
async function moveIntoPlace(
  siteDir: string,
  work: string,
  layout: SearchLayout,
  placed: readonly ShardBundle[],
): Promise<void> {
  const primaryFolder = path.join(siteDir, layout.primary.path);
  if (placed.includes(layout.primary)) await rename(path.join(work, layout.primary.shardId), primaryFolder);
  await mkdir(layout.merged.length > 0 ? path.join(primaryFolder, "shards") : primaryFolder, {
    recursive: true,
  });
  for (const bundle of placed) {
    if (bundle !== layout.primary)
      await rename(path.join(work, bundle.shardId), path.join(siteDir, bundle.path));
  }
  await rm(work, { recursive: true, force: true });
  await writeFile(path.join(siteDir, searchLayoutFile), `${JSON.stringify(layout)}\n`);
}

/** Stands for a build that writes no page: every page is read where it is. */
const writtenAlready = (() => {
  const arrivals = new PageArrivals();
  arrivals.end();
  return arrivals;
})();
