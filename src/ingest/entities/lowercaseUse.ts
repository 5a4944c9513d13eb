const letter = /[\p{L}\p{M}]/u;
const lowercaseWord = /(?<![\p{L}\p{M}'])\p{Ll}[\p{L}\p{M}']*/gu;
const maxSearches = 32;

function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 128) return ((code | 32) >= 97 && (code | 32) <= 122) || code === 39;
  return letter.test(text.charAt(index));
}

/**
 * Returns a test of whether an article also writes a word in lower case (`a range of`), which makes the capitalised
 * word weak evidence of a name. Searching on demand costs less than collecting every word of every article.
 */
export function lowercaseUseIn(text: string): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  let allLowercaseWords: Set<string> | undefined;
  return (word) => {
    const lower = word.toLowerCase();
    const known = answers.get(lower);
    if (known !== undefined) return known;
    // Past a few dozen questions, one pass over the text beats a search per word (an article all in capitals).
    if (answers.size >= maxSearches) {
      allLowercaseWords ??= new Set(text.match(lowercaseWord));
      return allLowercaseWords.has(lower);
    }
    let found = false;
    for (let index = text.indexOf(lower); index !== -1 && !found; index = text.indexOf(lower, index + 1)) {
      found = !isLetterAt(text, index - 1) && !isLetterAt(text, index + lower.length);
    }
    answers.set(lower, found);
    return found;
  };
}
