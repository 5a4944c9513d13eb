import type { Root, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import remarkHtml from "remark-html";
import remarkParse from "remark-parse";
import { trimLines } from "trim-lines";
import { unified } from "unified";
import { unwrapEmptyLinks } from "./cleanText/emptyLinks.ts";

export interface RenderedBody {
  /** Sanitized HTML (remark-html's default `sanitize: true`). */
  html: string;
  text: string;
}

const markdownParser = unified().use(remarkParse);
const htmlCompiler = unified().use(remarkHtml);

/** Renders Markdown (from a `.md` article) to sanitized HTML and plain text. */
export function renderMarkdownBody(markdown: string): RenderedBody {
  return renderTree(unwrapEmptyLinks(markdownParser.parse(markdown)));
}

/** How remark-html escapes text: only what could start markup, as hexadecimal references. */
function escapeText(text: string): string {
  return text.replace(/[&<]/g, (character) => (character === "&" ? "&#x26;" : "&#x3C;"));
}

/**
 * Renders paragraphs of raw scraped text, so text such as `*` or `# 1` stays text instead of turning into
 * markup. Byte for byte what remark-html makes of the same paragraphs as syntax trees (tests/ingest/body.test.ts
 * checks), at a tenth of the cost: plain paragraphs need no syntax tree.
 */
export function renderTextParagraphs(paragraphs: readonly string[]): RenderedBody {
  return {
    html: paragraphs.map((paragraph) => `<p>${escapeText(trimLines(paragraph))}</p>\n`).join(""),
    text: paragraphs.filter((paragraph) => paragraph.trim() !== "").join("\n\n"),
  };
}

/**
 * The text of a block, one line per paragraph, heading or list item inside it: mdast-util-to-string alone runs
 * a list's items together (`…Network.The Central Bank…`), which would merge names across items.
 */
function blockText(node: RootContent): string {
  if ("children" in node && node.type !== "paragraph" && node.type !== "heading") {
    return node.children
      .map((child) => blockText(child as RootContent))
      .filter((line) => line !== "")
      .join("\n");
  }
  return mdastToString(node, { includeHtml: false });
}

function renderTree(tree: Root): RenderedBody {
  const html = String(htmlCompiler.stringify(htmlCompiler.runSync(tree) as Root));
  const text = tree.children
    .map(blockText)
    .filter((block) => block.trim() !== "")
    .join("\n\n");
  return { html, text };
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
