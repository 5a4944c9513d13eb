import { askWorker } from "../runtime/askWorker.ts";
import { startWorker } from "../runtime/startWorker.ts";
import {
  closePagefind,
  indexOneShard,
  type ShardJob,
  type ShardOutcome,
  type ShardPage,
} from "./indexOneShard.ts";
import type { PageArrivals } from "./pageArrivals.ts";
import type { ArrivalsMessage } from "./shardWorker.ts";

/** A shard to index once enough of its pages are written. */
export interface PendingJob {
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

export function readiness(
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
  const startable = new Set<PendingJob>(queue.filter((pending) => pending.startsAtOnce));
  for (const pending of queue) pending.ready.then(() => startable.add(pending)).catch(() => {});
  return {
    takeNow() {
      const at = queue.findIndex((pending) => pending.startsAtOnce);
      return at >= 0 ? queue.splice(at, 1)[0]?.job : undefined;
    },
    async next() {
      while (queue.length > 0) {
        const at = queue.findIndex((pending) => startable.has(pending));
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
export async function runShardJobs(
  jobs: readonly PendingJob[],
  arrivals: PageArrivals,
  threads: number,
  onStarted: () => void,
): Promise<ShardOutcome[]> {
  if (jobs.length === 0) {
    onStarted();
    return [];
  }
  const queue = jobQueue(jobs);
  const pages = jobs.reduce((sum, pending) => sum + pending.job.pages.length, 0);
  if (pages < minPagesForThreads || threads < 2) {
    onStarted();
    try {
      const outcomes: ShardOutcome[] = [];
      for (let job = await queue.next(); job !== undefined; job = await queue.next()) {
        outcomes.push(await indexOneShard(job, arrivals));
      }
      return outcomes;
    } finally {
      await closePagefind();
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
