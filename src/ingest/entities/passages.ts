/** A piece of an article's text and where it starts, counting from the headline's first character. */
export interface Passage {
  text: string;
  order: number;
}

export interface ArticlePassages {
  /** The headline, and any dek or heading In Title Case: their capitals say nothing about what is a name. */
  headlines: Passage[];
  /** Sentence-case text, where a capital letter is evidence of a name. */
  body: Passage[];
}

const longWord = /\p{L}{4,}/gu;
/** Longer than this, a paragraph in capitals is prose that happens to name many things, not a heading. */
const maxHeadingLength = 120;
/** A sentence full of names (`Chinese President Xi Jinping arrived on Tuesday.`) ends like one. */
const sentenceEnd = /[.!?]["'”’)]*$/u;

function isHeading(text: string): boolean {
  return text.length <= maxHeadingLength && !sentenceEnd.test(text) && isTitleCased(text);
}

/** `Forget the Great Firewall`, `Improving Customer Service Across Agencies`: most long words capitalised. */
function isTitleCased(text: string): boolean {
  const words = text.match(longWord) ?? [];
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length > 0 && capitalised / words.length > 0.6;
}

/** Sorts an article's headline, dek and paragraphs into headline-like and body text, each with its position. */
export function splitPassages(
  title: string,
  dek: string | undefined,
  paragraphs: readonly string[],
): ArticlePassages {
  const headlines: Passage[] = [{ text: title, order: 0 }];
  const body: Passage[] = [];
  let order = title.length + 1;
  for (const [index, text] of [dek ?? "", ...paragraphs].entries()) {
    const isDek = index === 0;
    const readAsHeadline = isDek ? isTitleCased(text) : isHeading(text);
    if (text !== "") (readAsHeadline ? headlines : body).push({ text, order });
    order += text.length + 1;
  }
  return { headlines, body };
}
