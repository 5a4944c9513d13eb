import { isConnector } from "./candidates.ts";
import { isCommonAcronym } from "./commonAcronyms.ts";
import { isListedOrganization } from "./knownOrganizations.ts";
import { lastWordOf } from "./lastWord.ts";
import { isEverydayWord, isKnownOrganization } from "./lexicon.ts";
import { isOrganizationHead, isOrganizationNoun, isWeakOrganizationHead } from "./organizationHeads.ts";
import { isPlace } from "./places.ts";
import { isInQuotedTitle } from "./quotedTitles.ts";
import { isTitleWord } from "./roles.ts";

const acronym = /^\p{Lu}{2,6}$/u;

/** `NSA`, `UN`: capitals that may stand for an organisation's name. */
export function isAcronym(word: string): boolean {
  return acronym.test(word);
}

/** The word that says what kind of thing a name is: `Department` in `Department of Justice` and `Justice Department`. */
function headOf(words: readonly string[]): string | undefined {
  const complement = words.findIndex((word) => word === "of" || word === "for" || word === "on");
  return complement === -1 ? words.at(-1) : words[complement - 1];
}

const employerCue = /(\p{Ll}+) (?:at|with|for) (?:the )?$/u;

/** `a spokeswoman at Crescent Telecom`, `a professor at Harvard`: a job title's place of work. */
function hasEmployerCue(before: string): boolean {
  if (!/(?:at|with|for|the) $/u.test(before)) return false;
  const title = employerCue.exec(before.slice(-40))?.[1];
  return title !== undefined && isTitleWord(title);
}

export type OrganizationVerdict = "organization" | "acronym" | undefined;

export interface OrganizationContext {
  /** Up to 40 characters before the words and 80 after them. */
  before: string;
  after: string;
  /** The words open a sentence, so a capital letter says nothing. */
  sentenceInitial: boolean;
  /** The words end in `'s`: `a spokesman for Major's office` works for a person. */
  possessive: boolean;
}

/**
 * Tells an organisation's name by its head word (`Agency`, `Ministry`, `Post`), by compromise's lexicon (`Facebook`,
 * `United Nations`), or by the noun before it (`the journal Politico`). An unknown acronym is kept aside: it names an
 * organisation only if its letters spell one found in the same article (`UN`).
 */
export function classifyOrganization(
  words: readonly string[],
  { before, after, sentenceInitial, possessive }: OrganizationContext,
): OrganizationVerdict {
  const phrase = words.join(" ");
  if (isListedOrganization(phrase)) return "organization";
  if (isPlace(phrase)) return undefined;
  const single = words.length === 1;
  // `Inc` or `Service` alone is the end of a name cut off, not a name.
  if (single && isOrganizationHead(phrase)) return undefined;
  if (isKnownOrganization(phrase) && !(single && sentenceInitial)) return "organization";
  if (single && acronym.test(phrase)) return "acronym";
  const head = headOf(words) ?? "";
  if (!single && isOrganizationHead(head)) {
    const modifiers = words.filter((word) => word !== head && !isConnector(word));
    // `Customer Service` is a phrase; `Office of Customer Experience`, its head before its complement, is a name.
    // In a quoted title every word is capitalised, so a weak head there names a thing (`the “Buyers Club” list`).
    const weak =
      isWeakOrganizationHead(head) &&
      head === words.at(-1) &&
      (modifiers.every((word) => isEverydayWord(word) || isCommonAcronym(word)) ||
        isInQuotedTitle(before, after));
    return weak ? undefined : "organization";
  }
  const separated = before.endsWith(" ") && !before.trimEnd().endsWith(",");
  if (separated && isOrganizationNoun(lastWordOf(before)) && !sentenceInitial) return "organization";
  return hasEmployerCue(before) && !possessive ? "organization" : undefined;
}
