/**
 * Invisible junk from copy-paste, scrapers and YAML escapes that XML 1.0 forbids or discourages, and that would
 * make feed.xml unreadable: control characters but tab and line feed (C0, DEL and C1), lone surrogates, U+FFFE
 * and U+FFFF. Line endings are made `\n` before this runs, so a carriage return left over is junk too.
 */
const unwantedCharacters = /(?![\t\n])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu;

export function removeUnwantedCharacters(text: string): string {
  return text.replace(unwantedCharacters, "");
}

/** A copy of JSON-like data with unwanted characters removed from every string in it. */
export function withoutUnwantedCharacters<T>(value: T): T {
  if (typeof value === "string") return removeUnwantedCharacters(value) as T;
  if (Array.isArray(value)) return value.map(withoutUnwantedCharacters) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [key, withoutUnwantedCharacters(field)]),
    ) as T;
  }
  return value;
}
