import { buildGazetteer } from "../countries/gazetteer.ts";
import { isLexiconPlace } from "./lexicon.ts";

/** Every phrase that names a country, its people or its capital; `true` when it is also a person's name. */
const countryPhrases = new Map<string, boolean>(
  buildGazetteer()
    .filter((entry) => entry.code !== null)
    .map((entry) => [entry.phrase, entry.ambiguous]),
);

/** Prefixes of compound adjectives such as `Sino-US` and `Anglo-American`. */
const placePrefixes = new Set(["Sino", "Anglo", "Euro", "Franco", "Indo", "Afro", "Pan", "Trans"]);

/** `Hong Kong`, `Beijing`, `Chinese`, `Washington`: a country, capital, demonym or city, never a name by itself. */
export function isPlace(phrase: string): boolean {
  return countryPhrases.has(phrase) || isLexiconPlace(phrase);
}

/** A country word that is never a person's name (`China`, `German`); `Jordan` and `Wales` may be. */
export function isUnambiguousCountryWord(word: string): boolean {
  return countryPhrases.get(word) === false;
}

/** `Sino-US`, `German-Chinese`, `America-first`: a compound that describes places, not a name. */
export function isPlaceCompound(word: string): boolean {
  if (!word.includes("-")) return false;
  return word.split("-").some((part) => placePrefixes.has(part) || countryPhrases.has(part));
}
