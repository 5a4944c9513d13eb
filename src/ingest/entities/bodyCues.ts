import { isAcronym } from "./classifyOrganization.ts";
import { isCommonAcronym } from "./commonAcronyms.ts";
import { isListedGivenName } from "./givenNames.ts";
import { isEverydayWord, isFamilyName, isGivenName } from "./lexicon.ts";
import { isMonth, isNeverInName } from "./notNames.ts";
import { isPlace } from "./places.ts";
import type { NameRun } from "./types.ts";

/** `according to Flurry`, `shares of Ahold`: words before a name that only a body fits. */
const bodyBefore = /(?:according to|shares (?:of|in)|stake in|a unit of|a subsidiary of|owned by)\s+$/iu;
/** `at NIH`, `from FEC`, `the CDC`: before capitals, a preposition or article says they name a body, not a person. */
const acronymBefore = /(?:\b(?:at|from|by|with|the)\s+)$/u;
/**
 * `Comscore released`, `IDC predicts`: what bodies do in news and people seldom do. Not `said` (`Okafor said` is more
 * often a person the article never names in full) nor a passive (`Turnout was expected`).
 */
const bodyAfter =
  /^,?\s+(?:also\s+|has\s+|had\s+|will\s+|recently\s+)?(?:reported|reports|announced|announces|released|releases|launched|launches|predicts|predicted|expects|estimates|estimated|states|stated|built|builds|updates|updated|issued|issues|publishes|published|owns|acquired|bought|sold)\b/u;
/** `OMB is developing`, `NTT said`: for capitals, which seldom name a person, these say a body is at work too. */
const acronymAfter = /^,?\s+(?:(?:is|are)\s+(?:now\s+)?\p{Ll}+ing|said|says|told)\b/u;
/** `Hackers`, `Investors`, `Utilities`: a plural names a group of people or things, not one body. */
const plural = /(?:[^s]s|ies)$/u;

/** A word that could be a person's name, a place or plain vocabulary: a cue around it proves nothing. */
function couldBeSomethingElse(word: string, writtenInLowerCase: (word: string) => boolean): boolean {
  return (
    isGivenName(word) ||
    isListedGivenName(word) ||
    isFamilyName(word) ||
    isEverydayWord(word) ||
    writtenInLowerCase(word) ||
    isPlace(word) ||
    isMonth(word) ||
    isNeverInName(word)
  );
}

/**
 * Whether one capitalised word that names nothing by itself is shown acting as a body: a company named by one word
 * (`Ahold`, `Heineken`), an acronym never spelled out (`NYMEX`, `FEMA`). It still yields to a person's name the
 * article gives (`Hua said` after `Hua Chunying`); see `mergeMentions`.
 */
export function actsAsBody(
  word: string,
  run: NameRun,
  writtenInLowerCase: (word: string) => boolean,
): boolean {
  if (isAcronym(word)) {
    if (isCommonAcronym(word) || isPlace(word)) return false;
    const cueAfter = bodyAfter.test(run.after) || acronymAfter.test(run.after);
    return run.possessive || acronymBefore.test(run.before) || bodyBefore.test(run.before) || cueAfter;
  }
  if (couldBeSomethingElse(word, writtenInLowerCase) || !/^\p{Lu}\p{Ll}+$/u.test(word) || plural.test(word))
    return false;
  return run.possessive || bodyBefore.test(run.before) || bodyAfter.test(run.after);
}
