import { isListedGivenName } from "../ingest/entities/givenNames.ts";
import { isGivenName } from "../ingest/entities/lexicon.ts";
import { isOrganizationHead } from "../ingest/entities/organizationHeads.ts";
import { isTitleWord } from "../ingest/entities/roles.ts";
import type { EntityKind } from "./types.ts";

/** `Jr`, `Jnr`, `III`: the end of a name cut off. */
const nameSuffix = /^(?:Jr|Jnr|Sr|Snr|II|III|IV)\.?$/u;

/**
 * The words that only ever start the archive's longer names of people, never end one: `Bashar` of `Bashar al-Assad`.
 * Alone, such a word is a first name cut off from its family name.
 */
export function onlyFirstWords(names: Iterable<string>): Set<string> {
  const firsts = new Set<string>();
  const lasts = new Set<string>();
  for (const name of names) {
    const words = name.split(" ");
    if (words.length < 2) continue;
    firsts.add(words[0] ?? "");
    lasts.add(words.at(-1) ?? "");
  }
  return new Set([...firsts].filter((word) => !lasts.has(word)));
}

/**
 * Whether a name may have its own page: a reader should never find `Jr`, a lone first name (`Bashar`), a title
 * (`Executive Leung Chun-ying`) or a bare head word (`Ministry`) in the people or organisations index.
 */
export function deservesPage(kind: EntityKind, name: string, firstNames: ReadonlySet<string>): boolean {
  const words = name.split(" ");
  const [first = ""] = words;
  if (words.some((word) => nameSuffix.test(word))) return false;
  if (words.length === 1 && (isOrganizationHead(first) || isTitleWord(first))) return false;
  if (kind === "organization") return true;
  if (isTitleWord(first)) return false;
  return !(words.length === 1 && (isGivenName(first) || isListedGivenName(first) || firstNames.has(first)));
}
