export interface Batcher<Item> {
  add(item: Item): void;
  /** Drops what is waiting, for shutdown. */
  cancel(): void;
}

/** Collects items until none has arrived for `quietMs`, then hands them over together. */
export function batchUntilQuiet<Item>(quietMs: number, flush: (items: Item[]) => void): Batcher<Item> {
  let items: Item[] = [];
  let timer: NodeJS.Timeout | undefined;
  return {
    add(item) {
      items.push(item);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const batch = items;
        items = [];
        flush(batch);
      }, quietMs);
    },
    cancel() {
      clearTimeout(timer);
      items = [];
    },
  };
}
