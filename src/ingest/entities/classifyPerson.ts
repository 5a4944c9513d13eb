import { isNameParticle } from "./candidates.ts";
import { isListedGivenName } from "./givenNames.ts";
import { isEverydayWord, isFamilyName, isFunctionWord, isGivenName, isKnownPerson } from "./lexicon.ts";
import { isMonth, isNeverInName } from "./notNames.ts";
import { isOrganizationHead } from "./organizationHeads.ts";
import { hasRoleAfter, hasRoleBefore, isQuoted } from "./personCues.ts";
import { isPlace, isUnambiguousCountryWord } from "./places.ts";
import { isHonorific } from "./roles.ts";
import type { TitledName } from "./titles.ts";

export interface PersonContext {
  before: string;
  after: string;
  /** Whether the article also writes a word in lower case: `a range of` makes `Range` weak evidence of a name. */
  writtenInLowerCase: (word: string) => boolean;
}

const nameWord = /^(?:\p{Lu}\.?|\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*)$/u;
/** `MarcotteResponsive` (two words run together by a markup glitch) and `I’m` are not names. */
const notNameShape = /\p{Ll}{4}\p{Lu}|['’](?:m|ll|re|ve|d|t)$/u;
const maxNameWords = 5;
/** Evidence needed: one strong cue (a title, a role, a lexicon name), or two weaker ones. */
const threshold = 2;

/** Endings of abstract and collective nouns (`Engagement`, `Community`, `Qualifications`), rare in names. */
const nounEnding = /(?:tions?|sions?|ments?|ness|ships?|ity|ities|isms?|ogy|ics|ances?)$/u;

function isEveryday(word: string, context: PersonContext): boolean {
  return (
    isEverydayWord(word) || (nounEnding.test(word) && !isGivenName(word)) || context.writtenInLowerCase(word)
  );
}

/** Words that cannot belong to a person's name: `Roman Catholic`, `In June`, `German Chancellor`, `Hong Kong`. */
function isImpossibleName(name: readonly string[]): boolean {
  if (name.length === 0 || name.length > maxNameWords) return true;
  const [first = ""] = name;
  if (isPlace(name.join(" ")) || isMonth(first) || isFunctionWord(first)) return true;
  return name.some(
    (word) =>
      !(nameWord.test(word) || isNameParticle(word)) ||
      notNameShape.test(word) ||
      isNeverInName(word) ||
      isUnambiguousCountryWord(word) ||
      isOrganizationHead(word),
  );
}

/** A first name compromise knows, or one of the data package's lists that is not also everyday vocabulary (`Will`). */
function isFirstName(word: string, context: PersonContext): boolean {
  return isGivenName(word) || (isListedGivenName(word) && !isEveryday(word, context));
}

/** `Osama bin Laden`, `Bashar al-Assad`, `Ursula von der Leyen`: particles that join only people's names. */
const personParticle =
  /^(?:von|van|bin|ibn|(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|abu|abd|bin|ibn)-\p{Lu}.*)$/u;

/**
 * Weighs the evidence that a title-free run names a person; each everyday word in it counts against, except a
 * family name after a first name (`John Major`, `Martin Luther King`) unless the article writes it in lower case.
 */
function personScore({ title, name }: TitledName, context: PersonContext): number {
  const [first = ""] = name;
  const firstName = isFirstName(first, context);
  let score = 0;
  if (title.length > 0 || hasRoleBefore(context.before)) score += 3;
  if (hasRoleAfter(context.after)) score += 3;
  if (isQuoted(context.before, context.after)) score += 1;
  if (isKnownPerson(name.join(" "))) score += 3;
  if (firstName) score += 2;
  if (name.some(isFamilyName)) score += 1;
  if (name.slice(1).some((word) => personParticle.test(word))) score += 2;
  for (const [index, word] of name.entries()) {
    const surnameAfterFirstName = firstName && index > 0 && !context.writtenInLowerCase(word);
    if (!isGivenName(word) && !surnameAfterFirstName && isEveryday(word, context)) score -= 1;
  }
  return score;
}

/**
 * Decides whether a run, its title split off, names a person. A single word needs a title (`President Obama`) or a
 * role and speech (`former president Lula told`), and must not be everyday vocabulary; longer names need enough
 * evidence from the lexicon and the sentence around them.
 */
export function isPersonName(titled: TitledName, context: PersonContext): boolean {
  const { title, name } = titled;
  if (isImpossibleName(name)) return false;
  if (name.length === 1) {
    const [word = ""] = name;
    // A one-name person (`President Lula`, `former president Lula told`) needs a title, or a role and speech both.
    const cued =
      title.some(isHonorific) || (hasRoleBefore(context.before) && isQuoted(context.before, context.after));
    return cued && !isPlace(word) && !isEveryday(word, context) && !/^\p{Lu}+$/u.test(word);
  }
  return personScore(titled, context) >= threshold;
}
