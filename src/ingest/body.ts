import type { Root, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import remarkHtml from "remark-html";
import remarkParse from "remark-parse";
import { unified } from "unified";

export interface RenderedBody {
  /** Sanitized HTML (remark-html's default `sanitize: true`). */
  html: string;
  text: string;
}

const markdownParser = unified().use(remarkParse);
const htmlCompiler = unified().use(remarkHtml);

/** Renders Markdown (from a `.md` article) to sanitized HTML and plain text. */
export function renderMarkdownBody(markdown: string): RenderedBody {
  return renderTree(markdownParser.parse(markdown));
}

/**
 * Renders paragraphs of raw scraped text. They become Markdown paragraphs as syntax trees, not as Markdown
 * source, so text such as `*` or `# 1` stays text instead of turning into markup.
 */
export function renderTextParagraphs(paragraphs: readonly string[]): RenderedBody {
  const children: RootContent[] = paragraphs.map((value) => ({
    type: "paragraph",
    children: [{ type: "text", value }],
  }));
  return renderTree({ type: "root", children });
}

function renderTree(tree: Root): RenderedBody {
  const html = String(htmlCompiler.stringify(htmlCompiler.runSync(tree) as Root));
  const text = tree.children
    .map((node) => mdastToString(node, { includeHtml: false }))
    .filter((block) => block.trim() !== "")
    .join("\n\n");
  return { html, text };
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
