import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import type { Root } from "mdast";
import remarkHtml from "remark-html";
import { unified } from "unified";
import { renderTextParagraphs } from "../../src/ingest/body.ts";

const remark = unified().use(remarkHtml);

/** The reference: the paragraphs as a Markdown syntax tree, compiled by remark-html with its sanitizer. */
function remarkHtmlOf(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: "root",
    children: paragraphs.map((value) => ({ type: "paragraph", children: [{ type: "text", value }] })),
  };
  return String(remark.stringify(remark.runSync(tree) as Root));
}

const runs = Number(process.env.FUZZ_RUNS ?? 300);
// Characters that escaping, line trimming or sanitizing could treat specially, among ordinary text.
const awkward = fc.constantFrom(
  "&",
  "<",
  ">",
  '"',
  "'",
  "\n",
  "\r\n",
  "\r",
  " ",
  "\t",
  "\u00a0",
  "\u2028",
  "\0",
  "é",
  "😀",
  "&amp;",
  "<script>",
  "*",
  "#",
);
const paragraph = fc
  .array(fc.oneof(awkward, fc.string(), fc.string({ unit: "grapheme" })), { maxLength: 12 })
  .map((parts) => parts.join(""));

describe("renderTextParagraphs", () => {
  it("should write exactly what remark-html writes for the same paragraphs", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 5 }), (paragraphs) => {
        assert.equal(renderTextParagraphs(paragraphs).html, remarkHtmlOf(paragraphs));
      }),
      { numRuns: runs },
    );
  });

  it("should escape markup and keep the text readable", () => {
    const { html, text } = renderTextParagraphs(["Tom & Jerry <b>", "  ", "line one  \n  line two"]);
    assert.equal(html, "<p>Tom &#x26; Jerry &#x3C;b></p>\n<p>  </p>\n<p>line one\nline two</p>\n");
    assert.equal(text, "Tom & Jerry <b>\n\nline one  \n  line two");
  });
});
