import { lastWordOf } from "./lastWord.ts";
import { isRoleWord, isTitleEnding } from "./roles.ts";

const speechVerbs =
  "said|says|told|added|stressed|noted|wrote|argued|warned|explained|insisted|urged|tweeted|acknowledged|admitted|claimed|recalled|replied|testified";
const speechAfter = new RegExp(`^,?\\s+(?:also\\s+|later\\s+|has\\s+|had\\s+)?(?:${speechVerbs})\\b`, "u");
const speechBefore = new RegExp(`\\b(?:${speechVerbs})\\s+$`, "u");
/** Words that may open a description of a person: `, the German attorney general`, `, senior director of`. */
const descriptionOpeners = new Set(
  "the a an his her its their our senior former chief deputy acting executive managing vice lead principal".split(
    " ",
  ),
);

const roleComplements = new Set(["of", "for", "at", "with", "in", "to", "on", "and"]);

/** `trade ambassador Robert Holleyman`, `a foreign ministry spokeswoman, Hua Chunying`. */
export function hasRoleBefore(before: string): boolean {
  const word = lastWordOf(before);
  return before.endsWith(" ") && /^\p{Ll}[\p{L}-]*$/u.test(word) && isRoleWord(word);
}

/** `Harald Range, the German attorney general`, `Li Baodong, vice-foreign minister`, `Qin An, director of ...`. */
export function hasRoleAfter(after: string): boolean {
  if (!after.startsWith(", ")) return false;
  const phrase = after.slice(2).split(/[,.;:()"“”]/u)[0] ?? "";
  const words = phrase.split(/\s+/u).map((word) => word.replace(/['’]s$/u, ""));
  // `, told reporters` says what the person did, not who they are.
  const [first = ""] = words;
  if (!descriptionOpeners.has(first) && !isRoleWord(first)) return false;
  // The role is the phrase's head: last, or followed by its complement (`director of`), not `youth activists met`.
  return words.slice(0, 5).some((word, index) => {
    const next = words[index + 1];
    const isHead = next === undefined || roleComplements.has(next) || isTitleEnding(next);
    return isHead && /^\p{Ll}/u.test(word) && isRoleWord(word);
  });
}

/** `Sareva said`, `said Hua`: speech is attributed to people more often than not, but companies speak too. */
export function isQuoted(before: string, after: string): boolean {
  return speechAfter.test(after) || speechBefore.test(before);
}
