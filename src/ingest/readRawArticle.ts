import { renderTextParagraphs } from "./body.ts";
import { decodeEntities } from "./cleanText/decodeEntities.ts";
import type { ArticleDraft } from "./draft.ts";
import { parseRawText } from "./rawText/parseRawText.ts";

/**
 * Reads a `.txt` article: scraped text with a headline, byline, date lines and page furniture. A scraper may keep
 * the page's character references (`doesn&#8217;t`); they are decoded once here, as text, and escaped on output.
 */
export function readRawArticle(body: string): ArticleDraft {
  const raw = parseRawText(decodeEntities(body));
  const rendered = renderTextParagraphs(raw.paragraphs);
  const published = raw.dates.find((date) => date.kind === "published") ?? raw.dates[0];
  const updated = raw.dates.find((date) => date.kind === "updated" && date !== published);
  const { dates: _dates, ...fields } = raw;
  const draft: ArticleDraft = { ...fields, bodyHtml: rendered.html, text: rendered.text };
  if (published !== undefined) draft.published = published.iso;
  if (updated !== undefined) draft.updated = updated.iso;
  return draft;
}
