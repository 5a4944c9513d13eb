import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { askWorker } from "../../runtime/askWorker.ts";
import { startTypeScriptWorker } from "../../runtime/startTypeScriptWorker.ts";
import type { ParseJob, ParseOutcome } from "./messages.ts";

export interface ParallelOptions {
  /** Threads to parse in; default: one per core. */
  threads?: number;
  /** Called after each batch with the number of jobs done so far. */
  onProgress?: (done: number, total: number) => void;
}

/** Below this many files, starting threads costs more than it saves. */
const minJobsForThreads = 200;
const batchSize = 64;

/** Parses jobs across worker threads, returning outcomes in the order of the jobs. */
export async function parseInParallel(
  jobs: readonly ParseJob[],
  options: ParallelOptions = {},
): Promise<ParseOutcome[]> {
  // A rebuild after a deletion, or one that finds every file in the cache, has nothing to parse.
  if (jobs.length === 0) return [];
  const threads = Math.min(options.threads ?? availableParallelism(), Math.ceil(jobs.length / batchSize));
  if (jobs.length < minJobsForThreads || threads < 2) {
    // Loaded only here: the parser's libraries take a second to load, and a build whose articles are all cached
    // never needs them in this thread.
    const { parseJobs } = await import("./parseJobs.ts");
    const outcomes = parseJobs(jobs);
    options.onProgress?.(jobs.length, jobs.length);
    return outcomes;
  }
  const outcomes = new Array<ParseOutcome>(jobs.length);
  let nextBatch = 0;
  let done = 0;
  const runThread = async () => {
    const worker = startParseWorker();
    try {
      for (let start = nextBatch; start < jobs.length; start = nextBatch) {
        nextBatch += batchSize;
        const batch = jobs.slice(start, start + batchSize);
        const results = await askWorker<ParseOutcome[]>(worker, batch);
        results.forEach((outcome, offset) => {
          outcomes[start + offset] = outcome;
        });
        done += batch.length;
        options.onProgress?.(done, jobs.length);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: threads }, runThread));
  return outcomes;
}

function startParseWorker(): Worker {
  return startTypeScriptWorker(new URL("./parseWorker.ts", import.meta.url));
}
