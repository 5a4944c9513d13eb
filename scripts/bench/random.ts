/**
 * A small seeded PRNG, so a corpus is a pure function of its seed: same seed, same bytes.
 * mulberry32 is fast and good enough for picking words; it is not for anything secret.
 */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /** Picks a value with probability proportional to its weight. */
  pickWeighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of choices) total += weight;
    let roll = this.next() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = choices.at(-1);
    if (last === undefined) throw new Error("weighted pick from no choices");
    return last[0];
  }

  /** Shuffles in place (Fisher–Yates). */
  shuffle<T>(items: T[]): void {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      const item = items[i] as T;
      items[i] = items[j] as T;
      items[j] = item;
    }
  }

  /** Lower-case hex digits, e.g. for file names like the seeds' `000_bf2e55078a7757b2.txt`. */
  hex(length: number): string {
    let out = "";
    while (out.length < length)
      out += Math.floor(this.next() * 0x10000)
        .toString(16)
        .padStart(4, "0");
    return out.slice(0, length);
  }
}

/**
 * Derives an independent stream per (seed, article, purpose), so article 5000 can be generated
 * without generating articles 0–4999 first, and one choice never shifts every later one.
 */
export function streamFor(seed: number, index: number, purpose: number): Random {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ index, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ Math.imul(purpose, 0x27d4eb2f), 0x165667b1);
  return new Random((h ^ (h >>> 15)) >>> 0);
}
