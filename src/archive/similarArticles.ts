import type { TermCounts } from "../ingest/termCounts.ts";
import type { ArchiveEntry } from "./entry.ts";
import type { ArticleSummary } from "./types.ts";
import { WordNumbers } from "./wordNumbers.ts";

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

/** An article's keys (top terms, or entities, or countries) as numbers, with a weight each. */
interface WeightedKeys {
  keys: Int32Array;
  weights: Float64Array;
}

/** Numbers strings in the order they are first seen. */
class KeyNumbers {
  readonly #ids = new Map<string, number>();
  readonly names: string[] = [];
  idOf(name: string): number {
    let id = this.#ids.get(name);
    if (id === undefined) {
      id = this.names.push(name) - 1;
      this.#ids.set(name, id);
    }
    return id;
  }
}

/**
 * Each article's top terms by TF-IDF, as a unit vector. Terms are numbered, and weighed in typed arrays: as maps of
 * strings, 100,000 articles' counts take gigabytes.
 */
function termVectors(counted: readonly TermCounts[]): WeightedKeys[] {
  const terms = new WordNumbers();
  const articles = counted.map(({ terms: words, counts }) => ({ ids: terms.numbersOf(words), counts }));
  // Each term's IDF once, not once per article holding it: two logarithms per word of every article were a
  // quarter of this step.
  const documentFrequency = new Int32Array(terms.words.length);
  for (const { ids } of articles) {
    for (const id of ids) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
  }
  const inverseFrequency = Float64Array.from(documentFrequency, (frequency) =>
    Math.log(counted.length / frequency),
  );
  return articles.map(({ ids, counts }) => {
    const weights = new Float64Array(ids.length);
    for (let position = 0; position < ids.length; position++) {
      weights[position] = countWeight(counts[position] ?? 1) * (inverseFrequency[ids[position] ?? 0] ?? 0);
    }
    const top = topTerms(ids, weights, terms.words);
    const norm = Math.hypot(...top.map((position) => weights[position] ?? 0)) || 1;
    return {
      keys: Int32Array.from(top, (position) => ids[position] ?? 0),
      weights: Float64Array.from(top, (position) => (weights[position] ?? 0) / norm),
    };
  });
}

/** `1 + ln(count)` for the counts most words have, worked out once. */
const smallCountWeights = Float64Array.from({ length: 256 }, (_, count) => 1 + Math.log(count));

function countWeight(count: number): number {
  return count < smallCountWeights.length ? (smallCountWeights[count] ?? 0) : 1 + Math.log(count);
}

/** Positions of the `termsPerArticle` heaviest terms with a positive weight, heaviest first, ties by the term. */
function topTerms(ids: Int32Array, weights: Float64Array, names: readonly string[]): number[] {
  const before = (a: number, b: number) =>
    (weights[a] ?? 0) > (weights[b] ?? 0) ||
    ((weights[a] ?? 0) === (weights[b] ?? 0) && (names[ids[a] ?? 0] ?? "") < (names[ids[b] ?? 0] ?? ""));
  const top: number[] = [];
  for (let position = 0; position < ids.length; position++) {
    if (!((weights[position] ?? 0) > 0)) continue;
    if (top.length === termsPerArticle && !before(position, top[termsPerArticle - 1] ?? 0)) continue;
    let at = top.length;
    while (at > 0 && before(position, top[at - 1] ?? 0)) at--;
    top.splice(at, 0, position);
    if (top.length > termsPerArticle) top.pop();
  }
  return top;
}

/** Each article's distinct keys, numbered and sorted, so that two articles' shared keys are counted by a merge. */
function numberedSets(keysOf: readonly (readonly string[])[]): Int32Array[] {
  const numbers = new KeyNumbers();
  return keysOf.map((keys) => Int32Array.from(new Set(keys), (key) => numbers.idOf(key)).sort());
}

function sharedCount(mine: Int32Array, theirs: Int32Array): number {
  let count = 0;
  for (let i = 0, j = 0; i < mine.length && j < theirs.length; ) {
    const a = mine[i] ?? 0;
    const b = theirs[j] ?? 0;
    if (a === b) count++;
    if (a <= b) i++;
    if (a >= b) j++;
  }
  return count;
}

/** Key → the articles holding it, in article order, for the keys few enough articles share. */
interface Postings {
  articles: Int32Array[];
  weights: Float64Array[];
}

function invert(keysOf: readonly WeightedKeys[]): Postings {
  const articles: number[][] = [];
  const weights: number[][] = [];
  keysOf.forEach(({ keys, weights: keyWeights }, index) => {
    keys.forEach((key, position) => {
      const holders = articles[key] ?? [];
      const holderWeights = weights[key] ?? [];
      holders.push(index);
      holderWeights.push(keyWeights[position] ?? 0);
      articles[key] = holders;
      weights[key] = holderWeights;
    });
  });
  const informative = (list: number[] | undefined) =>
    list && list.length <= informativeListLength ? list : [];
  return {
    articles: Array.from(articles, (list) => Int32Array.from(informative(list))),
    weights: Array.from(weights, (list) => Float64Array.from(informative(list))),
  };
}

const unweighted = (keys: Int32Array): WeightedKeys => ({
  keys,
  weights: new Float64Array(keys.length).fill(1),
});

/**
 * The best `similarPerArticle` candidates offered, by score and then by index, as a sort would leave them. One is
 * reused for every article: scoring allocates nothing per candidate, since an article has hundreds of them and
 * their arrays were most of this step's garbage.
 */
class TopRanked {
  readonly #indexes = new Int32Array(similarPerArticle);
  readonly #scores = new Float64Array(similarPerArticle);
  #size = 0;

  offer(index: number, score: number): void {
    if (score < minimumScore) return;
    let at = this.#size;
    while (at > 0) {
      const aboveScore = this.#scores[at - 1] ?? 0;
      if (aboveScore > score || (aboveScore === score && (this.#indexes[at - 1] ?? 0) < index)) break;
      at--;
    }
    if (at >= similarPerArticle) return;
    const last = Math.min(this.#size, similarPerArticle - 1);
    this.#indexes.copyWithin(at + 1, at, last);
    this.#scores.copyWithin(at + 1, at, last);
    this.#indexes[at] = index;
    this.#scores[at] = score;
    this.#size = last + 1;
  }

  /** The ranked indexes, best first; empties the ranking for the next article. */
  take(): number[] {
    const ranked = Array.from(this.#indexes.subarray(0, this.#size));
    this.#size = 0;
    return ranked;
  }
}

/**
 * For each article, up to five others ranked by the cosine of their TF-IDF vectors plus a bonus per shared
 * person or organisation and per shared country. Candidates come only through terms, entities and countries that
 * few articles share, so the work per article is bounded and grows with the archive, not with its square.
 * Scores are summed in typed arrays indexed by article: maps of candidates made this the build's slowest step.
 */
export function similarArticles(
  entries: readonly ArchiveEntry[],
  entitiesOf: (entry: ArchiveEntry) => readonly string[],
  termsOf: (entry: ArchiveEntry) => TermCounts,
): Map<ArchiveEntry, ArticleSummary[]> {
  const vectors = termVectors(entries.map(termsOf));
  const termPostings = invert(vectors);
  const entitySets = numberedSets(entries.map(entitiesOf));
  const countrySets = numberedSets(
    entries.map((entry) => entry.record.countries.map((country) => country.code)),
  );
  const keyPostings = [entitySets, countrySets].map((sets) => invert(sets.map(unweighted)));
  const cosine = new Float64Array(entries.length);
  const isCandidate = new Uint8Array(entries.length);
  const candidates: number[] = [];
  const propose = (other: number) => {
    if (isCandidate[other] === 1) return;
    isCandidate[other] = 1;
    candidates.push(other);
  };
  const similar = new Map<ArchiveEntry, ArticleSummary[]>();
  const ranked = new TopRanked();
  const none = new Int32Array();
  const noWeights = new Float64Array();
  entries.forEach((entry, index) => {
    const { keys, weights } = vectors[index] ?? unweighted(new Int32Array());
    for (let position = 0; position < keys.length; position++) {
      const term = keys[position] ?? 0;
      const others = termPostings.articles[term] ?? none;
      const otherWeights = termPostings.weights[term] ?? noWeights;
      const weight = weights[position] ?? 0;
      for (let at = 0; at < others.length; at++) {
        const other = others[at] ?? 0;
        propose(other);
        cosine[other] = (cosine[other] ?? 0) + weight * (otherWeights[at] ?? 0);
      }
    }
    [entitySets, countrySets].forEach((sets, which) => {
      for (const key of sets[index] ?? []) keyPostings[which]?.articles[key]?.forEach(propose);
    });
    const mineEntities = entitySets[index] ?? none;
    const mineCountries = countrySets[index] ?? none;
    for (const other of candidates) {
      if (other !== index) {
        const entities = sharedCount(mineEntities, entitySets[other] ?? none);
        const countries = sharedCount(mineCountries, countrySets[other] ?? none);
        ranked.offer(
          other,
          (cosine[other] ?? 0) + entities * sharedEntityBonus + countries * sharedCountryBonus,
        );
      }
      cosine[other] = 0;
      isCandidate[other] = 0;
    }
    candidates.length = 0;
    similar.set(
      entry,
      ranked.take().flatMap((other) => entries[other]?.summary ?? []),
    );
  });
  return similar;
}
