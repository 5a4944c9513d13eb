import type { RelatedStory } from "./schema.ts";

/** What one parser read from an article's text, before front matter and file name are weighed in. */
export interface ArticleDraft {
  title?: string;
  dek?: string;
  section?: string;
  authors: string[];
  source?: string;
  published?: string;
  updated?: string;
  dateline?: string;
  related: RelatedStory[];
  /** Body paragraphs as plain text, for finding countries. */
  paragraphs: string[];
  bodyHtml: string;
  text: string;
}
