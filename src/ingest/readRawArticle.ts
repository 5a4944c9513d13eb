import { renderTextParagraphs } from "./body.ts";
import type { ArticleDraft } from "./draft.ts";
import { parseRawText } from "./rawText/parseRawText.ts";

/**
 * Reads a `.txt` article: scraped text with a headline, byline, date lines and page furniture. The file name's
 * headline, if any, helps tell the text's headline from a standfirst or caption above the body.
 */
export function readRawArticle(body: string, fileNameTitle?: string): ArticleDraft {
  const raw = parseRawText(body, fileNameTitle);
  const rendered = renderTextParagraphs(raw.paragraphs);
  const published = raw.dates.find((date) => date.kind === "published") ?? raw.dates[0];
  const updated = raw.dates.find((date) => date.kind === "updated" && date !== published);
  const { dates: _dates, ...fields } = raw;
  const draft: ArticleDraft = { ...fields, bodyHtml: rendered.html, text: rendered.text };
  if (published !== undefined) draft.published = published.iso;
  if (updated !== undefined) draft.updated = updated.iso;
  return draft;
}
