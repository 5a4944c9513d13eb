import { decodeHTMLStrict } from "entities";

/**
 * Scraped titles and summaries carry HTML character references (`CDC&#8217;s`): decoded once here, so every
 * output escapes the real character once. Strict: only references ending in `;`, so `AT&T` or `Q&not` stay text.
 */
export function decodeEntities(text: string): string {
  return text.includes("&") ? decodeHTMLStrict(text) : text;
}
