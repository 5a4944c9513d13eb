import { renderTextParagraphs } from "./body.ts";
import { decodeEntities } from "./cleanText/decodeEntities.ts";
import type { ArticleDraft } from "./draft.ts";
import { parseRawText } from "./rawText/parseRawText.ts";
import type { RelatedStory } from "./schema.ts";

function decodeStory(story: RelatedStory): RelatedStory {
  const decoded: RelatedStory = { ...story, title: decodeEntities(story.title) };
  if (story.summary !== undefined) decoded.summary = decodeEntities(story.summary);
  return decoded;
}

/**
 * Reads a `.txt` article: scraped text with a headline, byline, date lines and page furniture. The file name's
 * headline, if any, helps tell the text's headline from a standfirst or caption above the body. A scraper may keep
 * the page's character references (`doesn&#8217;t`): the body's are decoded once here, as text, and escaped on
 * output; the headline's later (src/ingest/parseArticle.ts), after its slug is made from it as written.
 */
export function readRawArticle(body: string, fileNameTitle?: string): ArticleDraft {
  const raw = parseRawText(body, fileNameTitle);
  const paragraphs = raw.paragraphs.map(decodeEntities);
  const rendered = renderTextParagraphs(paragraphs);
  const published = raw.dates.find((date) => date.kind === "published") ?? raw.dates[0];
  const updated = raw.dates.find((date) => date.kind === "updated" && date !== published);
  const { dates: _dates, ...fields } = raw;
  const draft: ArticleDraft = {
    ...fields,
    paragraphs,
    related: raw.related.map(decodeStory),
    bodyHtml: rendered.html,
    text: rendered.text,
  };
  if (raw.dateline !== undefined) draft.dateline = decodeEntities(raw.dateline);
  if (published !== undefined) draft.published = published.iso;
  if (updated !== undefined) draft.updated = updated.iso;
  return draft;
}
