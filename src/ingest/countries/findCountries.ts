import type { CountryMention } from "../schema.ts";
import { buildGazetteer, countryName, type GazetteerEntry } from "./gazetteer.ts";

export interface CountryText {
  title: string;
  dek?: string;
  section?: string;
  paragraphs: readonly string[];
}

const gazetteer = buildGazetteer();
const entryByPhrase = new Map(gazetteer.map((entry) => [entry.phrase, entry]));
const entryByLowerPhrase = new Map(gazetteer.map((entry) => [entry.phrase.toLowerCase(), entry]));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternatives = gazetteer
  .map((entry) => entry.phrase)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");
const boundary = "[\\p{L}\\p{N}]";
/** Longest phrase first, so `South Sudan` wins over `Sudan` and `New Mexico` over `Mexico`. */
const phrasePattern = new RegExp(`(?<!${boundary})(?:${alternatives})(?!${boundary})`, "gu");
/** Headlines are often written in lower or title case (`rebuke china`). */
const headlinePattern = new RegExp(phrasePattern.source, "giu");

/** Words that may stand before a country's name without making it part of a person's name. */
const functionWords = new Set([
  "The",
  "In",
  "On",
  "At",
  "Of",
  "For",
  "From",
  "To",
  "And",
  "But",
  "With",
  "By",
  "As",
  "Both",
  "Neither",
  "Either",
  "While",
  "When",
  "Since",
  "After",
  "Before",
  "Like",
  "Unlike",
  "Between",
  "Against",
  "Across",
  "Over",
  "Under",
  "Into",
  "Inside",
  "Outside",
  "Within",
  "Only",
  "Even",
  "Why",
  "How",
  "What",
  "Where",
  "Whether",
  "If",
]);

/** Georgia is a US state far more often than the country in English news: it needs a sign of the Caucasus. */
const corroboration: Record<string, RegExp> = {
  GE: /\b(?:Tbilisi|Caucasus|Republic of Georgia|Abkhazia|South Ossetia)\b|\bGeorgia['’]s (?:president|government|prime minister|parliament)\b/,
};

/** Counts each country's mentions in one piece of text. */
function countIn(text: string, pattern: RegExp, counts: Map<string, number>, firstCodes: string[]): void {
  const inHeadline = pattern === headlinePattern;
  for (const match of text.matchAll(pattern)) {
    const entry = lookup(match[0], inHeadline);
    if (entry?.code == null) continue;
    // A headline's case says nothing about `Jordan label`: ambiguous names are left to the body to count.
    if (entry.ambiguous && (inHeadline || !isSafeContext(text, match.index, match[0].length))) continue;
    counts.set(entry.code, (counts.get(entry.code) ?? 0) + 1);
    if (!firstCodes.includes(entry.code)) firstCodes.push(entry.code);
  }
}

function lookup(found: string, anyCase: boolean): GazetteerEntry | undefined {
  const exact = entryByPhrase.get(found);
  if (exact || !anyCase) return exact;
  const entry = entryByLowerPhrase.get(found.toLowerCase());
  // `us` and `uk` in a headline are words, not countries.
  return entry && entry.phrase.length > 3 ? entry : undefined;
}

/** `Tony Jordan`, `Jordan Smith` and `Georgia Tech` are not countries; `in Jordan` and `Jordan's king` are. */
function isSafeContext(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 30), index);
  const after = text.slice(index + length, index + length + 30);
  const previousWord = /(\p{Lu}[\p{L}.'’-]*)\s+$/u.exec(before)?.[1];
  if (previousWord !== undefined && !functionWords.has(previousWord)) return false;
  return !/^\s+\p{Lu}\p{Ll}/u.test(after);
}

/**
 * Lists the countries an article mentions, most salient first: mentions count, and the headline, the section and
 * the lead paragraph say what the article is about.
 */
export function findCountries(article: CountryText): CountryMention[] {
  const counts = new Map<string, number>();
  const titleCodes: string[] = [];
  const sectionCodes: string[] = [];
  const leadCodes: string[] = [];
  const bodyCodes: string[] = [];
  countIn(article.title, headlinePattern, counts, titleCodes);
  countIn(article.dek ?? "", phrasePattern, counts, bodyCodes);
  countIn(article.section ?? "", phrasePattern, new Map(), sectionCodes);
  const [lead = "", ...rest] = article.paragraphs;
  countIn(lead, phrasePattern, counts, leadCodes);
  for (const paragraph of rest) countIn(paragraph, phrasePattern, counts, bodyCodes);
  const fullText = [article.title, article.dek ?? "", ...article.paragraphs].join("\n");
  for (const [code, evidence] of Object.entries(corroboration))
    if (!evidence.test(fullText)) counts.delete(code);
  const order = [...titleCodes, ...leadCodes, ...bodyCodes];
  const salience = (code: string) =>
    (counts.get(code) ?? 0) +
    (titleCodes.includes(code) ? 3 : 0) +
    (titleCodes[0] === code ? 1 : 0) +
    (sectionCodes.includes(code) ? 5 : 0) +
    (leadCodes.includes(code) ? 2 : 0) +
    (leadCodes[0] === code ? 1 : 0);
  return [...counts.keys()]
    .sort((a, b) => salience(b) - salience(a) || order.indexOf(a) - order.indexOf(b))
    .map((code) => ({ code, name: countryName(code) ?? code, mentions: counts.get(code) ?? 0 }));
}
