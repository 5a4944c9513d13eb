import { actsAsBody } from "./bodyCues.ts";
import { classifyOrganization } from "./classifyOrganization.ts";
import { isPersonName } from "./classifyPerson.ts";
import { isListedOrganization } from "./knownOrganizations.ts";
import { isEverydayWord, isFunctionWord } from "./lexicon.ts";
import { isCalendarWord, isMonth, isNeverInName } from "./notNames.ts";
import { isOrganizationHead } from "./organizationHeads.ts";
import { isPlace } from "./places.ts";
import { namesPlatform } from "./platforms.ts";
import { withoutProductWord } from "./productWords.ts";
import { isSportsClub } from "./sportsClubs.ts";
import { splitTitle } from "./titles.ts";
import type { Leftover, Mention, NameRun } from "./types.ts";

/** `US` and `IT` are not the pronoun and the function word they spell. */
const allCapitals = /^\p{Lu}{2,}$/u;
/** Longer runs are title-case prose, not names (`Office of the National Coordinator for Health IT` has eight words). */
const maxNameWords = 12;

export interface RunVerdict {
  mentions: Mention[];
  /** Words that name nothing by themselves but may repeat a name found elsewhere in the article. */
  leftover?: Leftover;
}

/** `The`, `In`, `My`, `Wednesday`, `December` before a name are not part of it, wherever the run starts. */
function isOpeningWord(word: string): boolean {
  return (isFunctionWord(word) && !allCapitals.test(word)) || isCalendarWord(word);
}

function withoutOpeningWords(words: string[]): string[] {
  const start = words.findIndex((word) => !isOpeningWord(word));
  if (start === -1) return [];
  return start === 0 ? words : words.slice(start);
}

/** `Centers for Disease Control and Prevention (CDC)`: the acronym an article will use for the name. */
const definedAcronym = /^\s*\((\p{Lu}{2,6})\)/u;

/** `Jr` and `III` end a person's name without being part of how the article refers to them. */
const nameSuffixes = new Set(["Jr", "Jr.", "Jnr", "Jnr.", "Sr", "Sr.", "Snr", "Snr.", "II", "III", "IV"]);

function withoutNameSuffix(words: string[]): string[] {
  const end = words.findLastIndex((word) => !nameSuffixes.has(word));
  return end === words.length - 1 ? words : words.slice(0, end + 1);
}

/** A leftover keeps what the words around it say: `according to Flurry`, `Comscore released`, `FEMA's new tool`. */
function leftoverOf(words: string[], run: NameRun, writtenInLowerCase: (word: string) => boolean): Leftover {
  const leftover: Leftover = { words, order: run.order };
  if (words.length === 1 && actsAsBody(words[0] ?? "", run, writtenInLowerCase)) leftover.actsAsBody = true;
  return leftover;
}

/** `Commerce Department Secretary Penny Pritzker`: the title names an organisation too. */
function organizationInTitle(title: readonly string[]): string[] | undefined {
  const headIndex = title.findLastIndex(isOrganizationHead);
  return headIndex >= 1 ? title.slice(0, headIndex + 1) : undefined;
}

/**
 * Classifies one run of capitalised words as an organisation, a person (its title split off), or neither. A run that
 * opens a sentence is tried whole and then without its first word, which may be an ordinary word (`Foreign`).
 */
export function classifyRun(run: NameRun, writtenInLowerCase: (word: string) => boolean): RunVerdict {
  const opened = withoutOpeningWords(run.words);
  const words = withoutProductWord(opened);
  const [first = ""] = words;
  // A place that plays a match is a club, whatever the gazetteer says of its name.
  if (words.length > 0 && isSportsClub(words, run.before, run.after))
    return { mentions: [{ kind: "organization", words, order: run.order }] };
  if (words.length === 0 || words.length > maxNameWords || isPlace(words.join(" "))) return { mentions: [] };
  // `on Twitter` repeats the company's name only if the article speaks of the company elsewhere.
  if (namesPlatform(words.join(" "), run.before, run.after))
    return { mentions: [], leftover: { words, order: run.order } };
  const startsSentence = run.sentenceInitial && opened === run.words;
  // A single word that opens a sentence can only repeat a name, or name a body the article shows acting.
  if (startsSentence && words.length === 1 && !isListedOrganization(first))
    return { mentions: [], leftover: leftoverOf(words, run, writtenInLowerCase) };
  const openingIsOrdinary = isEverydayWord(first) || writtenInLowerCase(first);
  const attempts =
    startsSentence && words.length > 1 && openingIsOrdinary ? [words, words.slice(1)] : [words];
  const context = { before: run.before, after: run.after, writtenInLowerCase };
  let leftoverWords = words;
  for (const attempt of attempts) {
    const organization = classifyOrganization(attempt, {
      before: run.before,
      after: run.after,
      sentenceInitial: startsSentence && attempt === words,
      possessive: run.possessive,
    });
    if (organization === "organization") {
      const acronym = definedAcronym.exec(run.after)?.[1];
      const mention: Mention = { kind: "organization", words: attempt, order: run.order };
      return { mentions: [acronym === undefined ? mention : { ...mention, acronym }] };
    }
    if (organization === "acronym")
      return { mentions: [], leftover: leftoverOf(attempt, run, writtenInLowerCase) };
    const titled = splitTitle(withoutNameSuffix(attempt));
    if (isPersonName(titled, context)) {
      const person: Mention = { kind: "person", words: titled.name, order: run.order };
      const employer = organizationInTitle(titled.title);
      if (employer === undefined) return { mentions: [person] };
      return { mentions: [{ kind: "organization", words: employer, order: run.order }, person] };
    }
    if (titled.name.length > 0) leftoverWords = titled.name;
  }
  // `in May` repeats no name, even in an article about Theresa May.
  const [onlyWord = ""] = leftoverWords;
  if (
    leftoverWords.length === 1 &&
    (isMonth(onlyWord) || isNeverInName(onlyWord) || nameSuffixes.has(onlyWord))
  )
    return { mentions: [] };
  return { mentions: [], leftover: leftoverOf(leftoverWords, run, writtenInLowerCase) };
}
