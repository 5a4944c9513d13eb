/** Turns straight quotes into the curly ones many sites publish (`“…”`, `‘…’`, `China’s`). */
export function curlyQuotes(text: string): string {
  return text
    .replace(/(^|[\s([—])"/g, "$1“")
    .replaceAll('"', "”")
    .replace(/(^|[\s([—])'/g, "$1‘")
    .replaceAll("'", "’");
}
