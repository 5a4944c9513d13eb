import { decodeHTMLAttribute } from "entities";
import type { ArchiveArticle } from "../../src/archive/index.ts";

/** The first image in the sanitized body whose address a crawler can fetch (absolute http or https). */
const firstImage = /<img\b[^>]*?\ssrc="(https?:[^"]+)"/i;

/** The article's own image for link previews and JSON-LD, or undefined when its body has none. */
export function articleImage(article: ArchiveArticle): string | undefined {
  const src = firstImage.exec(article.record.bodyHtml)?.[1];
  return src === undefined ? undefined : decodeHTMLAttribute(src);
}
