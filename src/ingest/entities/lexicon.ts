import nlp from "compromise/two";

/** compromise's lexicon: lower-case word or phrase → tag, or tags, such as `MaleName` or `Organization`. */
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

const givenNameTags = ["MaleName", "FemaleName", "FirstName"];
const placeTags = ["Place", "City", "Country", "Region"];
/** Tags of words that can be part of a name without being everyday vocabulary. */
const properTags = new Set([
  ...givenNameTags,
  ...placeTags,
  "LastName",
  "Person",
  "Organization",
  "SportsTeam",
  "ProperNoun",
  "Honorific",
  "Abbreviation",
]);
/** Tags of words that never start a name: `The`, `In`, `Some`, `When`, `It`, `My`. */
const functionTags = [
  "Determiner",
  "Preposition",
  "Conjunction",
  "Pronoun",
  "Possessive",
  "QuestionWord",
  "Copula",
];

const givenName = 1;
const familyName = 2;
const knownPerson = 4;
const organization = 8;
const place = 16;
const role = 32;
const everyday = 64;
const functionWord = 128;

/** One pass at start-up turns the tag strings into bit flags, so each question while parsing is one hash probe. */
const flagsByPhrase = new Map<string, number>();
for (const [phrase, entry] of Object.entries(lexicon)) {
  const tags = (Array.isArray(entry) ? entry : [entry]).flatMap((tag) => tag.split(","));
  const has = (wanted: readonly string[]) => tags.some((tag) => wanted.includes(tag));
  const flags =
    (has(givenNameTags) ? givenName : 0) |
    (has(["LastName"]) ? familyName : 0) |
    (has(["Person"]) && phrase.includes(" ") ? knownPerson : 0) |
    (has(["Organization"]) ? organization : 0) |
    (has(placeTags) ? place : 0) |
    (has(["Actor", "Honorific"]) ? role : 0) |
    (tags.some((tag) => properTags.has(tag)) ? 0 : everyday) |
    (has(functionTags) ? functionWord : 0);
  flagsByPhrase.set(phrase, flags);
}

/** Flags by the word as written, so the same capitalised word is not lower-cased again in every article. */
const flagsAsWritten = new Map<string, number>();
const maxRemembered = 100_000;

function hasFlag(phrase: string, flag: number): boolean {
  let flags = flagsAsWritten.get(phrase);
  if (flags === undefined) {
    flags = flagsByPhrase.get(phrase.toLowerCase()) ?? 0;
    if (flagsAsWritten.size >= maxRemembered) flagsAsWritten.clear();
    flagsAsWritten.set(phrase, flags);
  }
  return (flags & flag) !== 0;
}

export function isGivenName(word: string): boolean {
  return hasFlag(word, givenName);
}

export function isFamilyName(word: string): boolean {
  return hasFlag(word, familyName);
}

/** A whole name the lexicon knows as one person, such as `Barack Obama`. */
export function isKnownPerson(phrase: string): boolean {
  return hasFlag(phrase, knownPerson);
}

export function isKnownOrganization(phrase: string): boolean {
  return hasFlag(phrase, organization);
}

export function isLexiconPlace(phrase: string): boolean {
  return hasFlag(phrase, place);
}

/** Role nouns (`president`, `coordinator`, `spokesperson`) and honorifics (`Mr`, `Dr`, `Sen`). */
export function isLexiconRole(word: string): boolean {
  return hasFlag(word, role);
}

/** Everyday vocabulary (`Long`, `Range`, `Great`): such a word alone is weak evidence of a name. */
export function isEverydayWord(word: string): boolean {
  return hasFlag(word, everyday);
}

export function isFunctionWord(word: string): boolean {
  return hasFlag(word, functionWord);
}
