import type { ArticleDraft } from "./draft.ts";
import { ArticleError } from "./errors.ts";
import type { FrontMatter } from "./frontMatter.ts";
import { maxTitleLength } from "./schema.ts";

/** A headline is one line: a YAML block scalar or a paragraph's wrapped lines are joined with spaces. */
function asOneLine(candidate: string | undefined): string | undefined {
  const line = candidate?.replace(/\s+/gu, " ").trim();
  return line === "" ? undefined : line;
}

/** The first sentence of the first paragraph, or its start: a last resort that never runs into the next line. */
function firstSentence(text: string): string | undefined {
  const paragraph = text.trimStart().split(/\n/u)[0] ?? "";
  const sentence = /^(.{10,120}?[.!?])(?:\s|$)/u.exec(paragraph)?.[1] ?? paragraph.slice(0, 100);
  return asOneLine(sentence);
}

/**
 * Front matter wins over the text, the text over the file name. The text's headline was already weighed against the
 * file name's (`isTextHeadline`). A headline the author gave that is too long was refused already; a guessed one
 * that is too long is no headline, so the next guess is taken.
 */
export function chooseTitle(
  front: FrontMatter,
  draft: ArticleDraft,
  fromFileName: string | undefined,
  sourcePath: string,
): string {
  const candidates = [front.title, draft.title, fromFileName, firstSentence(draft.text), sourcePath];
  const title = candidates
    .map(asOneLine)
    .find((candidate) => candidate !== undefined && candidate.length <= maxTitleLength);
  if (title === undefined) {
    throw new ArticleError("invalid-record", sourcePath, "has no headline: add a `title:` in front matter");
  }
  return title;
}
