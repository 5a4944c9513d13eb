import type { CountryMention } from "../schema.ts";
import { buildGazetteer, countryName } from "./gazetteer.ts";
import { createPhraseMatcher } from "./phraseMatcher.ts";

export interface CountryText {
  title: string;
  dek?: string;
  section?: string;
  paragraphs: readonly string[];
}

const findPhrases = createPhraseMatcher(buildGazetteer());

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

/**
 * Georgia is a US state far more often than the country in English news: it needs a sign of the country, a Caucasus
 * place name or a national institution, office, leader or currency (a US state has no president, parliament or lari).
 */
const georgiaInstitutions = [
  String.raw`\b(?:Tbilisi|Caucasus|Republic of Georgia|Abkhazia|South Ossetia|Batumi|Kutaisi|Saakashvili|Shevardnadze|Ivanishvili|Georgian Dream|laris?)\b`,
  String.raw`\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]arliament|[Pp]atriarch|[Ee]mbassy|[Cc]onstitution) of Georgia\b`,
  String.raw`\bGeorgia['’]s (?:president|government|prime minister|parliament|opposition|army|military|ruling party|(?:foreign|defen[cs]e) minister)\b`,
  String.raw`\bGeorgian (?:president|prime minister|parliament|government|army|troops|soldiers|forces|opposition|lari|capital|border|authorities|officials?|(?:foreign|defen[cs]e|interior) ministry|Orthodox Church)\b`,
];
const corroboration: Record<string, RegExp> = { GE: new RegExp(georgiaInstitutions.join("|"), "u") };

/** Counts each country's mentions in one piece of text; headlines are matched in any case (`rebuke china`). */
function countIn(text: string, inHeadline: boolean, counts: Map<string, number>, firstCodes: string[]): void {
  for (const { entry, index, length } of findPhrases(text, inHeadline)) {
    if (entry.code === null) continue;
    // `us` and `uk` in a headline are words, not countries.
    if (inHeadline && length <= 3 && text.slice(index, index + length) !== entry.phrase) continue;
    // A headline's case says nothing about `Jordan label`: ambiguous names are left to the body to count.
    if (entry.ambiguous && (inHeadline || !isSafeContext(text, index, length))) continue;
    counts.set(entry.code, (counts.get(entry.code) ?? 0) + 1);
    if (!firstCodes.includes(entry.code)) firstCodes.push(entry.code);
  }
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
  countIn(article.title, true, counts, titleCodes);
  countIn(article.dek ?? "", false, counts, bodyCodes);
  countIn(article.section ?? "", false, new Map(), sectionCodes);
  const [lead = "", ...rest] = article.paragraphs;
  countIn(lead, false, counts, leadCodes);
  for (const paragraph of rest) countIn(paragraph, false, counts, bodyCodes);
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
