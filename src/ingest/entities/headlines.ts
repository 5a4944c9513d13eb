import type { Passage } from "./passages.ts";
import type { Leftover } from "./types.ts";

const headlineWord = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.&-]*/gu;

function normalizeWord(word: string): string {
  const bare = word.replace(/(?:['’]s|\.)$/u, "");
  return /^(?:\p{Lu}\.){2,}$/u.test(`${bare}.`) ? bare.replaceAll(".", "") : bare;
}

/**
 * Returns a finder of the names the body already introduced, in a headline. Headlines are not searched for new names:
 * their capitals (`Forget the Great Firewall`, `Rebuke China For Cyber-Theft`) say nothing about what is a name.
 */
export function knownNameFinder(names: readonly (readonly string[])[]): (headline: Passage) => Leftover[] {
  const byFirstWord = new Map<string, (readonly string[])[]>();
  for (const words of [...names].sort((a, b) => b.length - a.length)) {
    const [first = ""] = words;
    const sameStart = byFirstWord.get(first);
    if (sameStart === undefined) byFirstWord.set(first, [words]);
    else sameStart.push(words);
  }
  // `Obama and Xi agree`: a name's first or last word alone may stand for it, as in the body.
  const nameEnds = new Set(names.flatMap((words) => [words[0], words.at(-1)]));
  return (headline) => findIn(headline, byFirstWord, nameEnds);
}

function findIn(
  headline: Passage,
  byFirstWord: ReadonlyMap<string, (readonly string[])[]>,
  nameEnds: ReadonlySet<string | undefined>,
): Leftover[] {
  const tokens = [...headline.text.matchAll(headlineWord)].map((match) => ({
    word: normalizeWord(match[0]),
    index: match.index,
  }));
  const found: Leftover[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const token = tokens[start];
    if (token === undefined) continue;
    const order = headline.order + token.index;
    const name = byFirstWord
      .get(token.word)
      ?.find((words) => words.every((word, offset) => tokens[start + offset]?.word === word));
    if (name !== undefined) {
      found.push({ words: [...name], order });
      start += name.length - 1;
    } else if (nameEnds.has(token.word)) {
      found.push({ words: [token.word], order });
    }
  }
  return found;
}
