import type { Country } from "./countries.ts";
import { countrySentence, ledeSentence, plainSentence } from "./sentences.ts";
import type { Writer } from "./writer.ts";

/** Words in a sentence, counted the way a reader would: runs of non-space characters. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** News paragraphs are short: mostly two or three sentences, sometimes one. */
const sentencesPerParagraph = [1, 2, 2, 2, 3, 3, 4] as const;
const averageSentenceWords = 22;

/**
 * Writes body paragraphs of at least `targetWords` words that mention the focus country
 * `focusMentions` times and each other country once or twice, spread through the story.
 */
export function composeBody(w: Writer, targetWords: number, focusMentions: number): string[] {
  const mentions: Country[] = Array.from({ length: focusMentions - 1 }, () => w.focus);
  for (const other of w.others) mentions.push(...Array.from({ length: w.random.int(1, 2) }, () => other));
  w.random.shuffle(mentions);

  const lede = ledeSentence(w);
  const paragraphs: string[][] = [[lede]];
  let words = countWords(lede);
  let current: string[] = [];
  let currentLength = w.random.pick(sentencesPerParagraph);
  while (words < targetWords) {
    const sentencesLeft = Math.max(1, (targetWords - words) / averageSentenceWords);
    const mention = w.random.next() < mentions.length / sentencesLeft ? mentions.pop() : undefined;
    const sentence = mention === undefined ? plainSentence(w) : countrySentence(w, mention);
    words += countWords(sentence);
    current.push(sentence);
    if (current.length >= currentLength) {
      paragraphs.push(current);
      current = [];
      currentLength = w.random.pick(sentencesPerParagraph);
    }
  }
  if (current.length > 0) paragraphs.push(current);
  // Mentions not placed yet still belong to the story; they close it rather than being dropped.
  const last = paragraphs.at(-1) ?? [];
  for (const mention of mentions) last.push(countrySentence(w, mention));
  return paragraphs.map((sentences) => sentences.join(" "));
}
