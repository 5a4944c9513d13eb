import { type RenderedBody, renderMarkdownBody } from "./body.ts";
import { withoutHeadingIds } from "./cleanText/headingIds.ts";
import type { ArticleDraft } from "./draft.ts";
import { ArticleError } from "./errors.ts";
import {
  findOverEmphasizedParagraph,
  findTooDeepLine,
  maxEmphasisRuns,
  maxMarkdownDepth,
} from "./markdownDepth.ts";
import { maxTitleLength } from "./schema.ts";

export interface MarkdownSource {
  /** The file's path relative to the content folder, to name in errors. */
  sourcePath: string;
  /** 1-based line of the file on which the body starts. */
  firstLine: number;
}

/** Hugo shortcodes (`{{< img src=... >}}`) are template calls of another generator, meaningless here. */
const shortcode = /\{\{[<%][\s\S]*?[%>]\}\}/g;

/**
 * Reads a `.md` article body; a leading `# Heading` is its title when front matter gives none. What is cut out
 * leaves its line breaks behind, so that a line of the Markdown is the same line of the file.
 */
export function readMarkdownArticle(body: string, { sourcePath, firstLine }: MarkdownSource): ArticleDraft {
  let markdown = withoutHeadingIds(body.replace(shortcode, lineBreaksOf));
  let title: string | undefined;
  const heading = /^\s*#\s+(.+?)\s*#*\s*(?:\n|$)/.exec(markdown);
  if (heading?.[1]) {
    title = heading[1];
    if (title.length > maxTitleLength) {
      const blankLinesAbove = lineBreaksOf(heading[0].slice(0, heading[0].indexOf("#"))).length;
      const detail = `# heading is longer than ${maxTitleLength} characters: a headline, not a paragraph`;
      throw new ArticleError("too-long", sourcePath, detail, firstLine + blankLinesAbove);
    }
    markdown = lineBreaksOf(heading[0]) + markdown.slice(heading[0].length);
  }
  const tooDeep = findTooDeepLine(markdown);
  if (tooDeep !== undefined) {
    const detail = `quotes and lists are nested more than ${maxMarkdownDepth} levels deep; no article needs that many`;
    throw new ArticleError("too-deep", sourcePath, detail, firstLine + tooDeep - 1);
  }
  const overEmphasized = findOverEmphasizedParagraph(markdown);
  if (overEmphasized !== undefined) {
    const detail = `a paragraph holds more than ${maxEmphasisRuns} runs of * and _; no article emphasises that much`;
    throw new ArticleError("too-deep", sourcePath, detail, firstLine + overEmphasized - 1);
  }
  const rendered = renderWithinStack(markdown, sourcePath);
  const draft: ArticleDraft = {
    authors: [],
    related: [],
    paragraphs: rendered.text.split("\n\n"),
    bodyHtml: rendered.html,
    text: rendered.text,
  };
  if (title !== undefined) draft.title = title;
  return draft;
}

function lineBreaksOf(text: string): string {
  return text.replace(/[^\n]/g, "");
}

/** Nesting the line count misses (such as emphasis in emphasis) can still overflow remark's recursion. */
function renderWithinStack(markdown: string, sourcePath: string): RenderedBody {
  try {
    return renderMarkdownBody(markdown);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const detail = `Markdown is nested too deeply to render (${error.message})`;
    throw new ArticleError("too-deep", sourcePath, detail);
  }
}
