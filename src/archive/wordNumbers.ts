/**
 * Numbers the words of space-separated lists in the order they are first seen, as a `Map` from word to number
 * would, without making a string of a word it has already numbered. An archive's articles hold tens of millions
 * of words between them, and splitting every list into strings to look them up was most of the related-articles
 * step and much of its garbage: at 100,000 articles, 10 of its 30 seconds.
 */
export class WordNumbers {
  /** Each word by its number. */
  readonly words: string[] = [];
  #hashes: number[] = [];
  /** Open addressing: a word's number in the slot its hash leads to, or -1. */
  #slots = new Int32Array(1 << 16).fill(-1);

  /** The number of each word of `list` (words separated by single spaces), in order; none for "". */
  numbersOf(list: string): Int32Array {
    if (list === "") return new Int32Array();
    let count = 1;
    for (let at = list.indexOf(" "); at !== -1; at = list.indexOf(" ", at + 1)) count++;
    const numbers = new Int32Array(count);
    let start = 0;
    for (let position = 0; position < count; position++) {
      const space = list.indexOf(" ", start);
      const end = space === -1 ? list.length : space;
      numbers[position] = this.#numberOf(list, start, end);
      start = end + 1;
    }
    return numbers;
  }

  #numberOf(list: string, start: number, end: number): number {
    const hash = hashOf(list, start, end);
    const mask = this.#slots.length - 1;
    let slot = hash & mask;
    for (let found = this.#slots[slot] ?? -1; found !== -1; found = this.#slots[slot] ?? -1) {
      if (this.#hashes[found] === hash && isSameWord(this.words[found] ?? "", list, start, end)) return found;
      slot = (slot + 1) & mask;
    }
    const number = this.words.push(list.slice(start, end)) - 1;
    this.#hashes.push(hash);
    this.#slots[slot] = number;
    if (this.words.length * 2 > this.#slots.length) this.#grow();
    return number;
  }

  /** Twice the slots, so that at most half are taken and a probe stays short. */
  #grow(): void {
    const slots = new Int32Array(this.#slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    this.#hashes.forEach((hash, number) => {
      let slot = hash & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = number;
    });
    this.#slots = slots;
  }
}

/** FNV-1a over the UTF-16 code units of `list` from `start` to `end`. */
function hashOf(list: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ list.charCodeAt(at), 0x01000193);
  return hash >>> 0;
}

function isSameWord(word: string, list: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let at = 0; at < word.length; at++)
    if (word.charCodeAt(at) !== list.charCodeAt(start + at)) return false;
  return true;
}
