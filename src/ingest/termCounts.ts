import { eng } from "stopword";
import type { ArticleRecord } from "./schema.ts";

/**
 * How often each word other than a stopword occurs in an article's headline and text: what related articles are
 * ranked by. Counted once, when the article is parsed, and cached with its record, since counting every article's
 * words again was most of a rebuild's related-articles step.
 */
export interface TermCounts {
  /** The distinct words, lower case, separated by spaces (a word never holds one); one string keeps the cache small. */
  terms: string;
  /** The count of each word, in the same order. */
  counts: Uint32Array;
}

const stopwords = new Set(eng);

export function countTerms(record: Pick<ArticleRecord, "title" | "text">): TermCounts {
  const counts = new Map<string, number>();
  for (const word of `${record.title}\n${record.text}`.toLowerCase().split(/[^\p{L}\p{M}'’]+/u)) {
    if (word.length > 2 && !stopwords.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return { terms: [...counts.keys()].join(" "), counts: Uint32Array.from(counts.values()) };
}
