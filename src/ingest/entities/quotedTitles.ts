/** Quotation marks that open or close a quoted span, and the line end no quotation crosses. */
const opening = /["“\n]/gu;
const closing = /["”\n]/u;
const longWord = /\p{L}{4,}/gu;
const capitalised = /^\p{Lu}/u;

/**
 * Whether the words sit inside a quoted title (`the “Buyers Club” email group`, `"How Government will Accelerate
 * Anytime, Anywhere Services and Information in 2015"`): title case capitalises every word, so the capitals say
 * nothing. Quoted speech is told apart by its lower-case words. `before` may be cut short of the opening mark.
 */
export function isInQuotedTitle(before: string, after: string): boolean {
  const end = after.search(closing);
  if (end === -1 || after[end] === "\n") return false;
  const start = Math.max(...[...before.matchAll(opening)].map((mark) => mark.index), -1);
  if (start !== -1 && before[start] === "\n") return false;
  const around = `${before.slice(start + 1)} ${after.slice(0, end)}`.match(longWord) ?? [];
  const upper = around.filter((word) => capitalised.test(word)).length;
  return upper >= around.length * 0.75;
}
