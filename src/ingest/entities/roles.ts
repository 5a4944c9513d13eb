import { isLexiconRole } from "./lexicon.ts";

const wordsOf = (list: string) => new Set(list.trim().split(/\s+/u));

/**
 * Titles before which a family name may stand alone (`President Obama`, `Mr Cameron`). Short forms such as `Gov.`
 * count only with their dot: `Gov` alone is as often part of a product name (`E-Gov Docs`).
 */
const honorifics = wordsOf(`
  mr mrs ms miss dr mr. mrs. ms. dr. prof. sen. rep. gov. gen. lt. col. capt. sgt. adm. rev. sir dame lord lady
  president premier chancellor minister secretary councillor councilor commissioner ambassador envoy consul
  senator congressman congresswoman representative governor mayor judge justice king queen prince princess pope
  sheikh emir sultan ayatollah cardinal bishop archbishop rabbi imam admiral colonel captain sergeant lieutenant
  commander marshal chairman chairwoman inspector detective director professor
`);

/**
 * Job titles that stand before a full name inside a run of capitals (`Program Manager Jane Doe`). Kept to offices
 * and trades: compromise's broader list of role nouns (`Customer`, `User`) would cut names out of product names.
 */
const jobTitles = wordsOf(`
  vice administrator coordinator chairperson chair chief officer deputy spokesman spokeswoman spokesperson
  attorney prosecutor counsel superintendent agent head leader founder co-founder ceo cfo cto cio coo manager
  analyst specialist strategist adviser advisor editor correspondent reporter producer lecturer researcher
  scientist economist engineer designer developer architect fellow intern assistant associate lawmaker executive
  legislator diplomat regulator whistleblower ombudsman czar tsar
`);

/** Words that finish a title begun by a role: `Attorney General`, `Chief Executive`, `President-elect`. */
const titleEndings = wordsOf("general elect emeritus justice executive");

/** Everyday nouns the lexicon tags as people (`baby`, `citizens`) that never describe a named person's role. */
const notRoles = wordsOf("baby boy girl citizen citizens people beings child partners");

function eachPart(word: string, test: (lower: string) => boolean): boolean {
  const lower = word.toLowerCase();
  const parts = lower.includes("-") ? lower.split("-") : [];
  return [lower, lower.replace(/\.$/u, ""), ...parts].some(test);
}

const isHonorificForm = (lower: string) => honorifics.has(lower);
const isTitleForm = (lower: string) => honorifics.has(lower) || jobTitles.has(lower);

/** A title before which a family name may stand alone: `President`, `Mr`, `Secretary-General`. */
export function isHonorific(word: string): boolean {
  return eachPart(word, isHonorificForm);
}

/** A title inside a run of capitals: an honorific or a job title such as `Program Manager`. */
export function isTitleWord(word: string): boolean {
  return eachPart(word, isTitleForm);
}

/** A word that names a person's office or job in running text: `trade ambassador`, `a former producer`. */
export function isRoleWord(word: string): boolean {
  return eachPart(word, (lower) => isTitleForm(lower) || (!notRoles.has(lower) && isLexiconRole(lower)));
}

export function isTitleEnding(word: string): boolean {
  return titleEndings.has(word.toLowerCase());
}
