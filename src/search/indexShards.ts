import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { askWorker } from "../runtime/askWorker.ts";
import { linkTree } from "../runtime/linkTree.ts";
import { pathExists } from "../runtime/pathExists.ts";
import { startWorker } from "../runtime/startWorker.ts";
import {
  closePagefind,
  indexOneShard,
  type ShardJob,
  type ShardOutcome,
  type ShardPage,
  type WhenWritten,
} from "./indexOneShard.ts";
import { PageArrivals } from "./pageArrivals.ts";
import type { SearchLayout, ShardBundle } from "./searchLayout.ts";
import type { SearchablePage, SearchShard } from "./shardPlan.ts";
import type { ArrivalsMessage } from "./shardWorker.ts";

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

/** A shard to index once enough of its pages are written. */
interface PendingJob {
  job: ShardJob;
  /** True when the shard waits for few enough pages to start now; else `ready` says when it may. */
  startsAtOnce: boolean;
  ready: Promise<void>;
}

/**
 * A shard waiting on this many pages or fewer starts at once, and Pagefind takes the pages it already has while
 * the build writes the rest: after an addition, a shard of a thousand pages waits on one or two. A shard waiting
 * on more starts once they are written, so that a thread never sits on a shard whose pages come last.
 */
const pendingPagesToStartWith = 16;

function readiness(
  pages: readonly ShardPage[],
  arrivals: PageArrivals,
): Pick<PendingJob, "startsAtOnce" | "ready"> {
  const pending = pages.flatMap((page) => page.pending ?? []);
  return pending.length <= pendingPagesToStartWith
    ? { startsAtOnce: true, ready: Promise.resolve() }
    : { startsAtOnce: false, ready: arrivals.whenWritten(pending) };
}

/** The job as a thread starting it now sees it: pages written since it was planned are no longer pending. */
function asOfNow(job: ShardJob, arrivals: PageArrivals): ShardJob {
  const pages = job.pages.map(({ pending, ...page }) =>
    pending === undefined || arrivals.isWritten(pending) ? page : { ...page, pending },
  );
  return { ...job, pages };
}

/**
 * Takes the largest shard whose pages are written, waiting for one if none is: shards are indexed as rendering
 * delivers them, and the largest go first so that the threads finish together.
 */
function jobQueue(jobs: readonly PendingJob[]): {
  next(): Promise<ShardJob | undefined>;
  /** The largest shard that starts at once, taken without waiting for a turn of the event loop. */
  takeNow(): ShardJob | undefined;
  clear(): void;
} {
  const queue = [...jobs].sort((a, b) => b.job.pages.length - a.job.pages.length);
  const written = new Set<PendingJob>(queue.filter((pending) => pending.startsAtOnce));
  for (const pending of queue) pending.ready.then(() => written.add(pending)).catch(() => {});
  return {
    takeNow() {
      const at = queue.findIndex((pending) => pending.startsAtOnce);
      return at >= 0 ? queue.splice(at, 1)[0]?.job : undefined;
    },
    async next() {
      while (queue.length > 0) {
        const at = queue.findIndex((pending) => written.has(pending));
        if (at >= 0) return queue.splice(at, 1)[0]?.job;
        await Promise.race(queue.map((pending) => pending.ready));
      }
      return undefined;
    },
    clear() {
      queue.length = 0;
    },
  };
}

/** Below this many pages to index, starting a thread costs more than feeding Pagefind from this one. */
const minPagesForThreads = 200;

/**
 * Jobs run in threads, even a single one: fed from this thread, Pagefind waits whenever Eleventy holds it, which
 * more than doubled the indexing of an incremental build's one shard. A few pages, or one core, are indexed here.
 */
async function runShardJobs(
  jobs: readonly PendingJob[],
  arrivals: PageArrivals,
  threads: number,
  onStarted: () => void,
): Promise<ShardOutcome[]> {
  const queue = jobQueue(jobs);
  const pages = jobs.reduce((sum, pending) => sum + pending.job.pages.length, 0);
  if (jobs.length === 0 || pages < minPagesForThreads || threads < 2) {
    onStarted();
    const whenWritten: WhenWritten = (file) => arrivals.whenWritten([file]);
    try {
      const outcomes: ShardOutcome[] = [];
      for (let job = await queue.next(); job !== undefined; job = await queue.next()) {
        outcomes.push(await indexOneShard(job, whenWritten));
      }
      return outcomes;
    } finally {
      if (jobs.length > 0) await closePagefind();
    }
  }
  const outcomes: ShardOutcome[] = [];
  /** Runs `first`, then whatever the queue gives; the first job is posted before this returns its promise. */
  const runThread = async (first: ShardJob | undefined) => {
    const worker = startWorker(new URL("./shardWorker.ts", import.meta.url));
    // Every page written from now on is announced to the thread; a job it is given names only pages still to come.
    const stopListening = arrivals.listen({
      written: (files) => worker.postMessage({ written: files } satisfies ArrivalsMessage),
      ended: (error) =>
        worker.postMessage({ ended: true, ...(error && { error: error.message }) } satisfies ArrivalsMessage),
    });
    try {
      for (let job = first ?? (await queue.next()); job !== undefined; job = await queue.next()) {
        const outcome = await askWorker<ShardOutcome>(worker, asOfNow(job, arrivals));
        outcomes.push(outcome);
        if (!outcome.ok) queue.clear();
      }
      await askWorker(worker, "close");
    } finally {
      stopListening();
      await worker.terminate();
    }
  };
  const firstJobs = Array.from({ length: Math.min(threads, jobs.length) }, () => queue.takeNow());
  const running = Promise.all(firstJobs.map(runThread));
  onStarted();
  await running;
  return outcomes;
}
