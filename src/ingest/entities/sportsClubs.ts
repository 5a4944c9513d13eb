import { isPlace } from "./places.ts";

/**
 * Words that, after a place's name, make it a club's: `Manchester United`, `Blackburn Rovers`, `Paris FC`. `City` and
 * `Town` are left out: `Mexico City` and `Kansas City` are places first.
 */
const clubWords = new Set(
  "United FC AFC CF SC Rovers Wanderers Athletic Athletico Albion Hotspur Rangers Wednesday Olympique".split(
    " ",
  ),
);

/** A result between two sides: `beat`, `drew with`, `lost to`, said of the subject or the object. */
const resultAfter =
  /^ (?:beat|beats|defeated|thrashed|edged|drew with|draw with|drew against|lost to|lose to|loses to)\b/u;
const resultBefore =
  /\b(?:beat|beats|defeated|thrashed|edged|drew with|draw with|drew against|lost to|lose to|loses to|against|v|vs\.?) $/u;
/** What says a result is a match's, not an election's or a trade talk's: a score or a word of the game. */
const sportsContext =
  /\b(?:\d{1,2}[-–]\d{1,2}|match|game|league|cup|goals?|season|final|derby|striker|coach|penalty|stadium|champions)\b/iu;

/** A side named like its city: `Manchester United`, or `Barcelona beat Real Madrid 2-1`, where a place plays. */
export function isSportsClub(words: readonly string[], before: string, after: string): boolean {
  const last = words.at(-1) ?? "";
  if (words.length >= 2 && clubWords.has(last)) return isPlace(words.slice(0, -1).join(" "));
  if (!isPlace(words.join(" "))) return false;
  const plays = resultAfter.test(after) || resultBefore.test(before);
  return plays && sportsContext.test(`${before} ${after}`);
}
