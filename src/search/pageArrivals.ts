/** Told of every page written, and of the end of writing: how a shard thread learns what the build wrote. */
export interface ArrivalsListener {
  written(files: readonly string[]): void;
  ended(error?: Error): void;
}

/**
 * Tells the search index when the pages a shard needs are on disk, so that Pagefind indexes the first shards while
 * Eleventy is still writing the others: the two stages overlap instead of running one after the other.
 */
export class PageArrivals {
  readonly #written = new Set<string>();
  readonly #listeners = new Set<ArrivalsListener>();
  readonly #waiting = new Set<{
    missing: Set<string>;
    resolve: () => void;
    reject: (error: Error) => void;
  }>();
  #ended: { error?: Error } | undefined;

  /** Files just written, relative to the site folder. */
  add(files: Iterable<string>): void {
    const added = [...files];
    for (const file of added) this.#written.add(file);
    for (const listener of this.#listeners) listener.written(added);
    for (const waiter of this.#waiting) {
      for (const file of waiter.missing) if (this.#written.has(file)) waiter.missing.delete(file);
      if (waiter.missing.size === 0) {
        this.#waiting.delete(waiter);
        waiter.resolve();
      }
    }
  }

  isWritten(file: string): boolean {
    return this.#written.has(file);
  }

  /** Tells `listener` of every file written from now on, and of the end; returns what stops it. */
  listen(listener: ArrivalsListener): () => void {
    if (this.#ended) listener.ended(this.#ended.error);
    else this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves once every file is written, or writing has ended; rejects if writing failed. */
  whenWritten(files: readonly string[]): Promise<void> {
    const missing = new Set(files.filter((file) => !this.#written.has(file)));
    if (this.#ended?.error) return Promise.reject(this.#ended.error);
    if (missing.size === 0 || this.#ended) return Promise.resolve();
    return new Promise((resolve, reject) => this.#waiting.add({ missing, resolve, reject }));
  }

  /** Nothing more will be written: waiters go on (and fail if a file is missing), or fail with `error`. */
  end(error?: Error): void {
    this.#ended = error ? { error } : {};
    for (const listener of this.#listeners) listener.ended(error);
    this.#listeners.clear();
    for (const waiter of this.#waiting) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
    this.#waiting.clear();
  }
}
