import { eng } from "stopword";
import type { ArchiveEntry } from "./entry.ts";
import type { ArticleSummary } from "./types.ts";

/** The words that describe an article best; more add little to the ranking and cost time on every build. */
const termsPerArticle = 15;
/**
 * A term, person, organisation or country shared by more articles than this says little about any two of them, and
 * would make every article a candidate for every other: such lists propose no candidates and add no weight.
 */
const informativeListLength = 50;
const similarPerArticle = 5;
/** Below this score two articles share only common words. */
const minimumScore = 0.08;
const sharedEntityBonus = 0.1;
const sharedCountryBonus = 0.04;

const stopwords = new Set(eng);

function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{M}'’]+/u)) {
    if (word.length > 2 && !stopwords.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * Each article's top terms by TF-IDF, as a unit vector. Term counts are kept as numbered terms in typed arrays
 * until the document frequencies are known: as maps of strings, 100,000 articles' counts take gigabytes.
 */
function termVectors(entries: readonly ArchiveEntry[]): Map<string, number>[] {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const documentFrequency: number[] = [];
  const articles = entries.map((entry) => {
    const counts = termCounts(`${entry.record.title}\n${entry.record.text}`);
    const ids = new Int32Array(counts.size);
    const tallies = new Uint32Array(counts.size);
    let position = 0;
    for (const [term, count] of counts) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = terms.push(term) - 1;
        termIds.set(term, id);
      }
      documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
      ids[position] = id;
      tallies[position++] = count;
    }
    return { ids, tallies };
  });
  return articles.map(({ ids, tallies }) => {
    const weighted = Array.from(ids, (id, position) => {
      const weight =
        (1 + Math.log(tallies[position] ?? 1)) * Math.log(entries.length / (documentFrequency[id] ?? 1));
      return [terms[id] ?? "", weight] as const;
    });
    const top = weighted
      .filter(([, weight]) => weight > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, termsPerArticle);
    const norm = Math.hypot(...top.map(([, weight]) => weight)) || 1;
    return new Map(top.map(([term, weight]) => [term, weight / norm]));
  });
}

/** key → [article index, weight], for the keys few enough articles share (`informativeListLength`). */
function invert(keysOf: readonly Map<string, number>[]): Map<string, [number, number][]> {
  const postings = new Map<string, [number, number][]>();
  keysOf.forEach((keys, index) => {
    for (const [key, weight] of keys) {
      const list = postings.get(key) ?? [];
      list.push([index, weight]);
      postings.set(key, list);
    }
  });
  for (const [key, list] of postings) if (list.length > informativeListLength) postings.delete(key);
  return postings;
}

function sharedCount(mine: ReadonlySet<string>, theirs: ReadonlySet<string>): number {
  let count = 0;
  for (const key of mine) if (theirs.has(key)) count++;
  return count;
}

/**
 * For each article, up to five others ranked by the cosine of their TF-IDF vectors plus a bonus per shared
 * person or organisation and per shared country. Candidates come only through terms, entities and countries that
 * few articles share, so the work per article is bounded and grows with the archive, not with its square.
 */
export function similarArticles(
  entries: readonly ArchiveEntry[],
  entitiesOf: (entry: ArchiveEntry) => readonly string[],
): Map<ArchiveEntry, ArticleSummary[]> {
  const vectors = termVectors(entries);
  const termPostings = invert(vectors);
  const entitySets = entries.map((entry) => new Set(entitiesOf(entry)));
  const countrySets = entries.map((entry) => new Set(entry.record.countries.map((country) => country.code)));
  const asKeys = (keys: ReadonlySet<string>) => new Map([...keys].map((key) => [key, 1]));
  const keyPostings = [entitySets, countrySets].map((sets) => ({ sets, postings: invert(sets.map(asKeys)) }));
  const similar = new Map<ArchiveEntry, ArticleSummary[]>();
  entries.forEach((entry, index) => {
    const cosine = new Map<number, number>();
    for (const [term, weight] of vectors[index] ?? []) {
      for (const [other, otherWeight] of termPostings.get(term) ?? []) {
        cosine.set(other, (cosine.get(other) ?? 0) + weight * otherWeight);
      }
    }
    for (const { sets, postings } of keyPostings) {
      for (const key of sets[index] ?? []) {
        for (const [other] of postings.get(key) ?? []) if (!cosine.has(other)) cosine.set(other, 0);
      }
    }
    cosine.delete(index);
    const mineEntities = entitySets[index] ?? new Set<string>();
    const mineCountries = countrySets[index] ?? new Set<string>();
    const ranked = [...cosine]
      .map(([other, score]) => {
        const entities = sharedCount(mineEntities, entitySets[other] ?? new Set());
        const countries = sharedCount(mineCountries, countrySets[other] ?? new Set());
        return [other, score + entities * sharedEntityBonus + countries * sharedCountryBonus] as const;
      })
      .filter(([, score]) => score >= minimumScore)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, similarPerArticle);
    similar.set(
      entry,
      ranked.flatMap(([other]) => entries[other]?.summary ?? []),
    );
  });
  return similar;
}
