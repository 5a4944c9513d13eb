import { isBreadcrumb, readDateLine } from "./lineKinds.ts";

/** Longest line a scraper's hard wrap produces; longer lines are whole paragraphs. */
const maxWrapWidth = 100;

/** Page furniture that a scraper may run into the end of the last paragraph, on the same line. */
const inlineFurniture =
  /(?<=[.!?)"'”’])\s+(?=Comments \(\d+\)|\d+ comments?\b|Leave a Reply\b|Related Stories\b|Explore further:|Recommended for you\b|Hot Topics\b)/gi;

/** A one-line article may still open with its headline, up to a dateline such as `NEW DELHI —`. */
const headlineBeforeDateline =
  /^(.{15,200}?)\s+(?=\p{Lu}[\p{Lu}.'’-]{2,}(?: \p{Lu}[\p{Lu}.'’-]*)*(?:, \p{Lu}[\p{L}.'’-]*)*\s*[—–]\s)/u;

/**
 * Splits raw text into units: one headline, date line or paragraph each. Paragraphs may be separated by blank
 * lines or stand one per line; hard-wrapped paragraphs are joined again.
 */
export function splitIntoUnits(text: string): string[] {
  const units = text.split(/\n\s*\n/).flatMap((block) => unwrapBlock(cleanLines(block)));
  const [only] = units;
  const separated = units.length === 1 && only !== undefined ? splitOneLineArticle(only) : units;
  return separated.flatMap((unit) => unit.split(inlineFurniture));
}

function cleanLines(block: string): string[] {
  return block
    .split("\n")
    .map((line) => line.replace(/[\t\u00a0 ]+/g, " ").trim())
    .filter((line) => line !== "");
}

function splitOneLineArticle(line: string): string[] {
  const headline = headlineBeforeDateline.exec(line)?.[1];
  return headline === undefined ? [line] : [headline, line.slice(headline.length).trim()];
}

/** A block is hard-wrapped when its lines end near the same column; a wrapped line ends before that column. */
function unwrapBlock(lines: string[]): string[] {
  if (lines.length < 2) return lines;
  const width = Math.max(...lines.map((line) => line.length));
  if (width > maxWrapWidth) return lines;
  const units: string[] = [];
  let current: string[] = [];
  lines.forEach((line, index) => {
    current.push(line);
    const next = lines[index + 1];
    if (next === undefined || !continuesOnNextLine(line, next, width)) {
      units.push(current.join(" "));
      current = [];
    }
  });
  return units;
}

function continuesOnNextLine(line: string, next: string, width: number): boolean {
  if (line.length < width - 25 || isStandalone(line) || isStandalone(next)) return false;
  return !/[.!?:]["'”’)]*$/.test(line) || /^\p{Ll}/u.test(next);
}

function isStandalone(line: string): boolean {
  return readDateLine(line) !== undefined || isBreadcrumb(line) || /^by\s/i.test(line);
}
