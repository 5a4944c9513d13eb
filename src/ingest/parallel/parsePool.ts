import type { Worker } from "node:worker_threads";
import { askWorker } from "../../runtime/askWorker.ts";
import { startWorker } from "../../runtime/startWorker.ts";
import type { ParseJob, ParseOutcome } from "./messages.ts";

/** Parses article files, in this thread or others. */
export interface ArticleParser {
  parse(job: ParseJob): Promise<ParseOutcome>;
  /** Parses what is waiting, then stops any threads. */
  close(): Promise<void>;
}

/** Below this many jobs, starting threads costs more than it saves. */
const manyJobs = 200;

/**
 * A parser for a folder of `fileCount` article files. A small folder is parsed in this thread. A large one gets
 * threads: all of them at once without a cache, and otherwise one, on the chance that a few files changed, and the
 * rest once many jobs come.
 */
export function startParser({
  fileCount,
  threads,
  cached,
}: {
  fileCount: number;
  threads: number;
  cached: boolean;
}): ArticleParser {
  if (fileCount < manyJobs || threads < 2) return inThisThread();
  return new ParsePool({ threads, startThreads: cached ? 1 : threads });
}

function inThisThread(): ArticleParser {
  // Loaded only on the first job: the parser's libraries take a second to load, and a build whose articles are
  // all cached never needs them.
  let loading: Promise<typeof import("./parseJobs.ts")> | undefined;
  return {
    async parse(job) {
      loading ??= import("./parseJobs.ts");
      const [outcome] = (await loading).parseJobs([job]);
      if (!outcome) throw new Error(`no outcome for ${job.sourcePath}`);
      return outcome;
    },
    async close() {},
  };
}

interface ParsePoolOptions {
  /** Threads the pool may grow to. */
  threads: number;
  /** Threads started at once; the rest start when `manyJobs` jobs have come. */
  startThreads: number;
}
/** The most jobs one message carries: a worker takes what is waiting, up to this, whenever it is free. */
const batchSize = 64;

interface WaitingJob {
  job: ParseJob;
  resolve: (outcome: ParseOutcome) => void;
  reject: (error: Error) => void;
}

/**
 * Parse threads that take jobs as files are read. They start before the first file is read, so loading the
 * parser's libraries (about 1.5 s a thread) overlaps reading the folder and the record cache instead of
 * following them, and parsing starts with the first file rather than after the last.
 */
class ParsePool implements ArticleParser {
  readonly #threads: number;
  readonly #waiting: WaitingJob[] = [];
  readonly #idle: (() => void)[] = [];
  readonly #running: Promise<void>[] = [];
  #submitted = 0;
  #closing = false;
  #failure: Error | undefined;

  constructor({ threads, startThreads }: ParsePoolOptions) {
    this.#threads = Math.max(1, threads);
    this.#grow(Math.min(this.#threads, Math.max(1, startThreads)));
  }

  parse(job: ParseJob): Promise<ParseOutcome> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (++this.#submitted > manyJobs) this.#grow(this.#threads);
    return new Promise((resolve, reject) => {
      this.#waiting.push({ job, resolve, reject });
      this.#idle.shift()?.();
    });
  }

  /** A thread still loading, with nothing to parse, is stopped at once. */
  async close(): Promise<void> {
    this.#closing = true;
    for (const wake of this.#idle.splice(0)) wake();
    await Promise.all(this.#running);
  }

  #grow(threads: number): void {
    while (this.#running.length < threads) this.#running.push(this.#run(startParseWorker()));
  }

  async #run(worker: Worker): Promise<void> {
    try {
      for (;;) {
        const batch = this.#waiting.splice(0, batchSize);
        if (batch.length > 0) await this.#parseBatch(worker, batch);
        else if (this.#closing || this.#failure) return;
        else await new Promise<void>((wake) => this.#idle.push(wake));
      }
    } catch (error) {
      this.#failure = error as Error;
      for (const waiting of this.#waiting.splice(0)) waiting.reject(this.#failure);
      for (const wake of this.#idle.splice(0)) wake();
    } finally {
      await worker.terminate();
    }
  }

  async #parseBatch(worker: Worker, batch: readonly WaitingJob[]): Promise<void> {
    try {
      const outcomes = await askWorker<ParseOutcome[]>(
        worker,
        batch.map((waiting) => waiting.job),
      );
      batch.forEach((waiting, at) => {
        const outcome = outcomes[at];
        if (outcome) waiting.resolve(outcome);
        else waiting.reject(new Error(`parse thread returned no outcome for ${waiting.job.sourcePath}`));
      });
    } catch (error) {
      for (const waiting of batch) waiting.reject(error as Error);
      throw error;
    }
  }
}

function startParseWorker(): Worker {
  return startWorker(new URL("./parseWorker.ts", import.meta.url));
}
