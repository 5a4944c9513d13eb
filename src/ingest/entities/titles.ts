import { isTitleEnding, isTitleWord } from "./roles.ts";

export interface TitledName {
  /** The words before the name: `US Commerce Secretary`, `State Councillor`, `Secretary of State`. */
  title: string[];
  name: string[];
}

/**
 * Splits a run such as `US Commerce Secretary Penny Pritzker` at its last role word that has a name after it, so
 * `Tim Cook` keeps its last word and `Attorney General Eric Holder` loses both title words.
 */
export function splitTitle(words: readonly string[]): TitledName {
  let roleIndex = -1;
  for (let index = words.length - 2; index >= 0; index--) {
    if (isTitleWord(words[index] ?? "")) {
      roleIndex = index;
      break;
    }
  }
  if (roleIndex === -1) return { title: [], name: [...words] };
  let nameStart = roleIndex + 1;
  while (nameStart < words.length - 1 && isTitleEnding(words[nameStart] ?? "")) nameStart++;
  if (words[nameStart] === "of") {
    // `Secretary of State John Kerry`: the office's complement belongs to the title, and a full name must follow,
    // or `Managing Editor of the Law Library` would leave `Library`.
    nameStart += words[nameStart + 1] === "the" ? 3 : 2;
    if (words.length - nameStart < 2) return { title: [...words], name: [] };
  }
  return { title: words.slice(0, nameStart), name: words.slice(nameStart) };
}
