import { readByline } from "./byline.ts";
import { isCaption, readDateLine, wordCount } from "./lineKinds.ts";

export interface HeadlineContext {
  /** The units that follow the line, for a date or byline below it and a body that repeats it. */
  following: readonly string[];
  /** The headline the file name gives (`2013-09-14 Optimize environment for human rights development.txt`), if any. */
  fileNameTitle?: string | undefined;
}

/** Lines that say who wrote the piece rather than what it says: `The author is a professor at ...`. */
const creditLine =
  /^(?:the (?:author|writer)s? (?:is|are|was)\b|\(?(?:the )?author\b|(?:[\p{Lu}][\p{L}'’.-]* ){1,4}is (?:a|an|the) (?:professor|researcher|fellow|lecturer|scholar|director|columnist|commentator|writer)\b)/iu;
/** A name with a lower-case first word that is still a name: `iTunes`, `eBay`, `iPhone`, `e-commerce` is not one. */
const camelCaseStart = /^\p{Ll}+\p{Lu}/u;
/** Ends with a period that closes a sentence, not an ellipsis or an abbreviation such as `U.S.`. */
const sentencePeriod = /(?<!\.\p{Lu}|\.\.)\.["'”’)]*$/u;
/** Longer lines are more often a standfirst than a headline. */
const maxHeadlineWords = 25;
/** The scores above which a line is taken for the headline, with and without a headline in the file name. */
const thresholdWithFileName = 0;
const thresholdAlone = -3;

/** Words of a headline for comparison: case, punctuation and the file system's substitutions ignored. */
function comparableWords(line: string): string[] {
  return line
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

/** The file name's headline is the line itself, cut short or without the punctuation a file name cannot hold. */
function matchesFileName(line: string, fileNameTitle: string): boolean {
  const ours = comparableWords(line);
  const theirs = comparableWords(fileNameTitle);
  const shorter = ours.length <= theirs.length ? ours : theirs;
  const longer = shorter === ours ? theirs : ours;
  return shorter.length >= 2 && shorter.every((word, index) => longer[index] === word);
}

function repeatedBelow(line: string, following: readonly string[]): boolean {
  return wordCount(line) >= 6 && following.some((unit) => unit.includes(line));
}

/**
 * Scores how much a line reads like a headline: short, no closing period, no caption or credit, a date or byline
 * below it, the file name's headline. Positive is evidence for, negative against.
 */
function headlineScore(line: string, { following, fileNameTitle }: HeadlineContext): number {
  if (line.length > 300 || isCaption(line) || creditLine.test(line) || readByline(line) !== undefined)
    return -10;
  if (fileNameTitle !== undefined && matchesFileName(line, fileNameTitle)) return 10;
  const words = wordCount(line);
  const sentences = line.split(/[.!?]["'”’]?\s+(?=\p{Lu})/u).length;
  let score = 0;
  if (words < 2 || sentences > 2) score -= 5;
  else if (words < 3 || words > maxHeadlineWords) score -= 2;
  if (sentencePeriod.test(line)) score -= words > 12 ? 4 : 2;
  else if (/[,;:]$/u.test(line)) score -= 3;
  else if (words >= 3 && words <= maxHeadlineWords) score += 1;
  if (/^\p{Ll}/u.test(line) && !camelCaseStart.test(line)) score -= 4;
  if (repeatedBelow(line, following)) score -= 2;
  const [next, afterNext] = following;
  const datedBelow = [next, afterNext].some(
    (unit) => unit !== undefined && (readDateLine(unit) !== undefined || readByline(unit) !== undefined),
  );
  if (datedBelow) score += 3;
  return score;
}

/**
 * Whether the text's first line is the article's headline. With a headline in the file name, the line must read
 * like one (a standfirst, a caption or the writer's credentials does not); without, only a paragraph is refused.
 */
export function isTextHeadline(line: string, context: HeadlineContext): boolean {
  const threshold = context.fileNameTitle === undefined ? thresholdAlone : thresholdWithFileName;
  return headlineScore(line, context) > threshold;
}
