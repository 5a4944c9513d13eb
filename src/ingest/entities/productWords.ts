/**
 * Words that, ending a name, make it a body's product rather than the body: `MobileGov Community of Practice
 * Listserv`, `FEMA App`, `Reuters Newsletter`. The name without them is the body's.
 */
const productWords = new Set("Listserv Listservs Newsletter Blog Podcast Website App Apps Portal".split(" "));

/** The name without a product word at its end; unchanged when it has none or is only that word. */
export function withoutProductWord(words: string[]): string[] {
  return words.length > 1 && productWords.has(words.at(-1) ?? "") ? words.slice(0, -1) : words;
}
