import type { GazetteerEntry } from "./gazetteer.ts";

export interface PhraseMatch {
  entry: GazetteerEntry;
  index: number;
  length: number;
}

const wordPattern = /[\p{L}\p{N}]+/gu;
const letterOrDigit = /[\p{L}\p{N}]/u;

function firstWord(phrase: string): string {
  return /[\p{L}\p{N}]+/u.exec(phrase)?.[0] ?? phrase;
}

function indexByFirstWord(entries: readonly GazetteerEntry[], key: (word: string) => string) {
  const index = new Map<string, GazetteerEntry[]>();
  for (const entry of [...entries].sort((a, b) => b.phrase.length - a.phrase.length)) {
    const word = key(firstWord(entry.phrase));
    index.set(word, [...(index.get(word) ?? []), entry]);
  }
  return index;
}

/**
 * Finds gazetteer phrases in text, longest first (`South Sudan` before `Sudan`, `New Mexico` before `Mexico`),
 * by looking up each word: one pass over the text, where a regular expression of a thousand alternatives
 * would try every phrase at every position.
 */
export function createPhraseMatcher(entries: readonly GazetteerEntry[]) {
  const exact = indexByFirstWord(entries, (word) => word);
  const folded = indexByFirstWord(entries, (word) => word.toLowerCase());

  return function findPhrases(text: string, ignoreCase: boolean): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    const haystack = ignoreCase ? text.toLowerCase() : text;
    let matchedUntil = 0;
    for (const word of haystack.matchAll(wordPattern)) {
      if (word.index < matchedUntil) continue;
      const candidates = (ignoreCase ? folded : exact).get(word[0]);
      const entry = candidates?.find((candidate) => {
        const phrase = ignoreCase ? candidate.phrase.toLowerCase() : candidate.phrase;
        const after = haystack[word.index + phrase.length];
        return haystack.startsWith(phrase, word.index) && (after === undefined || !letterOrDigit.test(after));
      });
      if (entry === undefined) continue;
      matches.push({ entry, index: word.index, length: entry.phrase.length });
      matchedUntil = word.index + entry.phrase.length;
    }
    return matches;
  };
}
