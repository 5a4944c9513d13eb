import { renderMarkdownBody } from "./body.ts";
import type { ArticleDraft } from "./draft.ts";

/** Hugo shortcodes (`{{< img src=... >}}`) are template calls of another generator, meaningless here. */
const shortcode = /\{\{[<%][\s\S]*?[%>]\}\}/g;

/** Reads a `.md` article body; a leading `# Heading` is its title when front matter gives none. */
export function readMarkdownArticle(body: string): ArticleDraft {
  let markdown = body.replace(shortcode, "");
  let title: string | undefined;
  const heading = /^\s*#\s+(.+?)\s*#*\s*(?:\n|$)/.exec(markdown);
  if (heading?.[1]) {
    title = heading[1];
    markdown = markdown.slice(heading[0].length);
  }
  const rendered = renderMarkdownBody(markdown);
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
