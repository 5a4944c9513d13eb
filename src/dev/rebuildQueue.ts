export interface RebuildQueue<Change> {
  /** Asks for a rebuild that includes these changes; returns at once. */
  request(changes: readonly Change[]): void;
  /** Resolves when no rebuild is running or waiting. */
  idle(): Promise<void>;
}

/**
 * Runs one rebuild at a time. Changes that arrive while one runs are merged into a single follow-up, so a
 * burst of edits during a slow build costs one more build, not one per edit.
 */
/** `rebuild` reports its own failures; if it throws anyway, `idle()` rejects with that error. */
export function createRebuildQueue<Change>(
  rebuild: (changes: readonly Change[]) => Promise<void>,
): RebuildQueue<Change> {
  let waiting: Change[] | undefined;
  let running: Promise<void> | undefined;
  const drain = async () => {
    try {
      while (waiting !== undefined) {
        const changes = waiting;
        waiting = undefined;
        await rebuild(changes);
      }
    } finally {
      running = undefined;
    }
  };
  return {
    request(changes) {
      waiting = [...(waiting ?? []), ...changes];
      running ??= drain();
    },
    idle: () => running ?? Promise.resolve(),
  };
}
