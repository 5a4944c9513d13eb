import { type DateLine, readDateLine } from "./lineKinds.ts";

export interface Byline {
  authors: string[];
  /** The publication, when the byline names it in brackets or after a bar: `(China Daily)`, `| Reuters`. */
  source?: string;
  dates: DateLine[];
}

const byPrefix = /^by\s+(?=\p{Lu})/iu;
const nameWord = "\\p{Lu}[\\p{L}'’.-]*";
const personName = new RegExp(`^${nameWord}(?: (?:${nameWord}|de|van|von|der|da|al|bin|la|le))*$`, "u");
const dateInByline = /\s*(?:\||-|–|—|,)?\s*((?:published|posted|updated|last updated)\s*:?.*)$/i;

/** `By Li Junru, a professor at the Party School`: one writer and their credentials. */
const credited = /^([^,]+), (?:(?:a|an|the) )?\p{Ll}/u;

/** The writers a byline names: a list of names, or one name and its credentials. */
function bylineAuthors(rest: string): string[] {
  const credit = credited.exec(rest)?.[1]?.trim();
  if (credit !== undefined && personName.test(credit) && credit.split(" ").length <= 5) return [credit];
  return rest
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

/**
 * `By Zhang Zhouxiang and Cao Yin (China Daily) Updated: 2014-06-06 02:55`, or a writer's credit such as `By Li
 * Junru, vice-president of the Party School`.
 */
export function readByline(line: string): Byline | undefined {
  if (!byPrefix.test(line) || line.length > 200) return undefined;
  let rest = line.replace(byPrefix, "");
  const dates: DateLine[] = [];
  const dateMatch = dateInByline.exec(rest);
  if (dateMatch?.[1]) {
    const date = readDateLine(dateMatch[1]);
    if (date) {
      dates.push(date);
      rest = rest.slice(0, dateMatch.index);
    }
  }
  let source: string | undefined;
  const publisher = /\s*(?:\(([^)]+)\)|\|\s*([^|]+?))\s*$/.exec(rest);
  const publisherName = (publisher?.[1] ?? publisher?.[2])?.trim();
  if (publisher && publisherName) {
    source = publisherName;
    rest = rest.slice(0, publisher.index);
  }
  const authors = bylineAuthors(rest);
  if (
    authors.length === 0 ||
    !authors.every((name) => personName.test(name) && name.split(" ").length <= 5)
  ) {
    return undefined;
  }
  return source === undefined ? { authors, dates } : { authors, source, dates };
}
