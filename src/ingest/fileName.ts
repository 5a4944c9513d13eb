import path from "node:path";
import { parseIsoDate } from "./dates.ts";

export interface FileNameFacts {
  /** ISO date (or date-time) that opens the name, e.g. `2014-07-17 Xi Respect cyber sovereignty.txt`. */
  published?: string;
  /** The words of the name, usable as a title when the text has no headline. */
  title?: string;
}

const datedName = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?(.*)$/;

/** What an article's file name says about it. */
export function readFileName(sourcePath: string): FileNameFacts {
  const stem = path.posix.basename(sourcePath).replace(/\.[^.]+$/, "");
  const match = datedName.exec(stem);
  const facts: FileNameFacts = {};
  let rest = stem;
  if (match) {
    const [, day = "", hour, minute, second, remainder = ""] = match;
    // `T000000Z` is a scraper's placeholder for "no time", not midnight.
    const hasTime = hour !== undefined && `${hour}${minute}${second}` !== "000000";
    const published = parseIsoDate(hasTime ? `${day}T${hour}:${minute}:${second}Z` : day);
    if (published !== undefined) {
      facts.published = published;
      rest = remainder;
    }
  }
  const title = titleFromWords(rest);
  if (title !== undefined) facts.title = title;
  return facts;
}

/** Names like `000_bf2e55078a7757b2` carry no words a reader could use. */
function titleFromWords(rest: string): string | undefined {
  // `a-slug-like-name` has no spaces: its hyphens separate words. In `US-China talks` they do not.
  const separators = /\s/.test(rest.trim()) ? /_+/g : /[_-]+/g;
  const words = rest
    .replace(separators, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[-–—:\s]+/, "");
  const readable = words
    .split(" ")
    .filter((word) => /[a-z]{2,}/i.test(word) && !/^[0-9a-f]{8,}$/i.test(word));
  return readable.length >= 2 ? words : undefined;
}
