import { isConnector } from "./candidates.ts";
import { isAcronym } from "./classifyOrganization.ts";
import { isEverydayWord, isFunctionWord } from "./lexicon.ts";
import { isMonth, isNeverInName } from "./notNames.ts";
import { isOrganizationHead } from "./organizationHeads.ts";
import { isPlace } from "./places.ts";
import type { EntityKind } from "./types.ts";

/** Cabinet departments, written both `Justice Department` and `Department of Justice`. */
const departmentTopics = new Set([
  "Justice",
  "State",
  "Defense",
  "Defence",
  "Commerce",
  "Treasury",
  "Energy",
  "Labor",
  "Agriculture",
  "Education",
  "Interior",
  "Transportation",
  "Homeland Security",
  "Veterans Affairs",
  "Health and Human Services",
  "Housing and Urban Development",
]);

/** `US Justice Department` → `US Department of Justice`, so both spellings get one name and one slug. */
export function normalizeOrganization(words: readonly string[]): string[] {
  if (words.at(-1) !== "Department") return [...words];
  for (const qualifierLength of [0, 1]) {
    const topic = words.slice(qualifierLength, -1).join(" ");
    if (departmentTopics.has(topic)) {
      return [...words.slice(0, qualifierLength), "Department", "of", ...topic.split(" ")];
    }
  }
  return [...words];
}

const capitalised = /^\p{Lu}/u;

/** The acronyms a name may go by: `NSA` for `US National Security Agency`, `DOJ` for `Department of Justice`. */
function acronymsOf(words: readonly string[]): Set<string> {
  const letters = (list: readonly string[], withConnectors: boolean) =>
    list
      .filter((word) => withConnectors || capitalised.test(word))
      .map((word) => (/^\p{Lu}+$/u.test(word) ? word : (word[0] ?? "").toUpperCase()))
      .join("");
  const qualified = words.length > 2 ? [words, words.slice(1)] : [words];
  return new Set(qualified.flatMap((list) => [letters(list, false), letters(list, true)]));
}

export interface NamedForm {
  kind: EntityKind;
  words: readonly string[];
}

/**
 * A word before a name that only qualifies it (`US` Department of Justice, `NASA` Marshall Space Flight Center), unlike
 * words that make it another body (`National Cancer Institute of the` National Institutes of Health).
 */
function isQualifierWord(word: string): boolean {
  if (isAcronym(word)) return true;
  return !(
    isConnector(word.toLowerCase()) ||
    isFunctionWord(word) ||
    isEverydayWord(word) ||
    isOrganizationHead(word) ||
    isNeverInName(word) ||
    isMonth(word)
  );
}

/** The word suffixes of a name whose dropped words only qualify it (see `isQualifierWord`), or name a place. */
function qualifiedSuffixes(words: readonly string[]): string[] {
  const suffixes: string[] = [];
  let allQualifiers = true;
  for (let start = 1; start < words.length - 1; start++) {
    allQualifiers &&= isQualifierWord(words[start - 1] ?? "");
    const qualified = allQualifiers || isPlace(words.slice(0, start).join(" "));
    if (qualified && !isConnector(words[start] ?? ""))
      suffixes.push(`suffix:${words.slice(start).join(" ")}`);
  }
  return suffixes;
}

/** `Pew` of `Pew Research Center`: a first word that only this name would start (not `National`, `US`, `NASA`). */
function isDistinctiveFirstWord(word: string): boolean {
  return !(
    isAcronym(word) ||
    isEverydayWord(word) ||
    isFunctionWord(word) ||
    isOrganizationHead(word) ||
    isPlace(word) ||
    isNeverInName(word)
  );
}

/** `the Library` of `Library of Congress`, `the Bureau` of `Consumer Financial Protection Bureau`. */
function headKeys(words: readonly string[]): string[] {
  const complement = words.findIndex((word) => word === "of" || word === "for" || word === "on");
  const head = complement === -1 ? words.at(-1) : words[complement - 1];
  return head !== undefined && isOrganizationHead(head) ? [`head:${head}`] : [];
}

/** The keys under which a shorter form finds this one: first and last words, word suffixes, acronyms. */
function keysAsLongForm({ kind, words }: NamedForm): string[] {
  const suffixes = qualifiedSuffixes(words);
  if (kind === "organization") {
    const [first = ""] = words;
    const firstKey = words.length >= 2 && isDistinctiveFirstWord(first) ? [`first:${first}`] : [];
    return [
      ...suffixes,
      ...firstKey,
      ...headKeys(words),
      ...[...acronymsOf(words)].map((letters) => `acronym:${letters}`),
    ];
  }
  const [first = "", last = ""] = [words[0], words.at(-1)];
  return words.length < 2 ? [] : [`one:${first}`, `one:${last}`, `ends:${first} ${last}`, ...suffixes];
}

/** The keys under which a form looks for its longer forms. */
function keysAsShortForm({ kind, words }: NamedForm): string[] {
  const [first = ""] = words;
  if (kind === "person") {
    return words.length === 1
      ? [`one:${first}`]
      : [`ends:${first} ${words.at(-1)}`, `suffix:${words.join(" ")}`];
  }
  // A single word is a short form as an acronym, a distinctive first word (`Pew`) or a head (`the Library`), never as
  // any other word: `Germany` does not abbreviate `Foreign Office of Germany`.
  if (words.length === 1)
    return isAcronym(first) ? [`acronym:${first}`] : [`first:${first}`, `head:${first}`];
  return [`suffix:${words.join(" ")}`];
}

/**
 * Indexes name forms so each finds, in one lookup, the longer forms it may be a shorter way of writing: `Obama` of
 * `Barack Obama`, `Xi` of `Xi Jinping` (family name first), `Barack Obama` of `Barack Hussein Obama`, `Van Dijk` of
 * `David Van Dijk`; `Department of Justice` of `US Department of Justice`, `NSA` of `National Security Agency`.
 */
export function indexLongerForms<Form extends NamedForm>(forms: Iterable<Form>) {
  const byKey = new Map<string, Form[]>();
  for (const form of forms) {
    for (const key of new Set(keysAsLongForm(form))) {
      const list = byKey.get(`${form.kind}:${key}`);
      if (list === undefined) byKey.set(`${form.kind}:${key}`, [form]);
      else list.push(form);
    }
  }
  return (short: NamedForm): Form[] => {
    const found = new Set(keysAsShortForm(short).flatMap((key) => byKey.get(`${short.kind}:${key}`) ?? []));
    return [...found].filter((form) => form.words.length > short.words.length);
  };
}
