import type { RelatedStory } from "../schema.ts";
import { findTrailingStart, isInterruption, readRelatedStories } from "./boilerplate.ts";
import { splitDateline } from "./dateline.ts";
import { readHeader } from "./header.ts";
import type { DateLine } from "./lineKinds.ts";
import { endsLikeSentence, wordCount } from "./lineKinds.ts";
import { splitIntoUnits } from "./units.ts";

export interface RawArticle {
  title?: string;
  dek?: string;
  section?: string;
  authors: string[];
  source?: string;
  dates: DateLine[];
  dateline?: string;
  paragraphs: string[];
  related: RelatedStory[];
}

/** Reads the structure of an article scraped from a web page as plain text, given its file name's headline if any. */
export function parseRawText(text: string, fileNameTitle?: string): RawArticle {
  const units = splitIntoUnits(text);
  const header = readHeader(units, fileNameTitle);
  const trailingStart = findTrailingStart(units, header.bodyStart);
  const bodyUnits = units.slice(header.bodyStart, trailingStart).filter((unit) => !isInterruption(unit));
  const inlineHeadlines = bodyUnits.filter((_unit, index) => isInlineHeadline(bodyUnits, index));
  const paragraphs = bodyUnits.filter((unit) => !inlineHeadlines.includes(unit));
  const article: RawArticle = {
    authors: header.authors,
    dates: header.dates,
    paragraphs,
    related: [
      ...readRelatedStories(units.slice(trailingStart)),
      ...inlineHeadlines.map((title) => ({ title })),
    ],
  };
  const [first] = paragraphs;
  if (first !== undefined) {
    const split = splitDateline(first);
    if (split.dateline !== undefined) {
      article.dateline = split.dateline;
      paragraphs[0] = split.paragraph;
    }
    if (split.agency !== undefined && header.source === undefined) article.source = split.agency;
  }
  if (header.title !== undefined) article.title = header.title;
  if (header.dek !== undefined) article.dek = header.dek;
  if (header.section !== undefined) article.section = header.section;
  if (header.source !== undefined) article.source = header.source;
  return article;
}

/**
 * Scraped pages drop links to other stories between paragraphs: a short headline-like line with no closing
 * punctuation, with article paragraphs on both sides.
 */
function isInlineHeadline(units: readonly string[], index: number): boolean {
  const unit = units[index] ?? "";
  const before = units[index - 1];
  const after = units[index + 1];
  if (before === undefined || after === undefined) return false;
  const words = wordCount(unit);
  return (
    words >= 5 &&
    words <= 16 &&
    unit.length <= 120 &&
    !endsLikeSentence(unit) &&
    /^[\p{Lu}\p{N}"'‘“]/u.test(unit) &&
    endsLikeSentence(before) &&
    wordCount(after) > words
  );
}
