/** An entity of the gold set: its canonical name, or its names with the canonical one first. */
export type GoldEntity = string | readonly string[];

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface DocumentScore extends Tally {
  /** Names found that match no gold entity, or an entity another found name matched already. */
  spurious: string[];
  /** Gold entities no found name matched, by canonical name. */
  missed: string[];
}

/** Case, dots and `&` against `and` do not make two names different: `U.S. Department` is `US Department`. */
export function comparableName(name: string): string {
  return name
    .toLowerCase()
    .replaceAll("&", " and ")
    .replace(/[.’'`]/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const formsOf = (entity: GoldEntity): readonly string[] => (typeof entity === "string" ? [entity] : entity);

/** Scores one document's found names against its gold entities, each entity matched at most once. */
export function scoreDocument(gold: readonly GoldEntity[], found: readonly string[]): DocumentScore {
  const entityOf = new Map<string, number>();
  gold.forEach((entity, index) => {
    for (const form of formsOf(entity)) entityOf.set(comparableName(form), index);
  });
  const matched = new Set<number>();
  const spurious: string[] = [];
  for (const name of found) {
    const index = entityOf.get(comparableName(name));
    if (index === undefined || matched.has(index)) spurious.push(name);
    else matched.add(index);
  }
  const missed = gold.filter((_, index) => !matched.has(index)).map((entity) => formsOf(entity)[0] ?? "");
  return {
    truePositives: matched.size,
    falsePositives: spurious.length,
    falseNegatives: missed.length,
    spurious,
    missed,
  };
}

/** Adds up documents' tallies: the scores are micro-averaged, every entity of every document weighing the same. */
export function sumTallies(tallies: readonly Tally[]): Tally {
  return tallies.reduce(
    (sum, tally) => ({
      truePositives: sum.truePositives + tally.truePositives,
      falsePositives: sum.falsePositives + tally.falsePositives,
      falseNegatives: sum.falseNegatives + tally.falseNegatives,
    }),
    { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
  );
}

/** Precision, recall and F1; a side with nothing to count scores 1 (nothing found, nothing wrongly found). */
export function scoresOf({ truePositives, falsePositives, falseNegatives }: Tally): Scores {
  const found = truePositives + falsePositives;
  const gold = truePositives + falseNegatives;
  const precision = found === 0 ? 1 : truePositives / found;
  const recall = gold === 0 ? 1 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
