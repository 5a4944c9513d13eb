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

/** `By Zhang Zhouxiang and Cao Yin (China Daily) Updated: 2014-06-06 02:55`. */
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
  const authors = rest
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((name) => name.trim())
    .filter((name) => name !== "");
  if (
    authors.length === 0 ||
    !authors.every((name) => personName.test(name) && name.split(" ").length <= 5)
  ) {
    return undefined;
  }
  return source === undefined ? { authors, dates } : { authors, source, dates };
}
