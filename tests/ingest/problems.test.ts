import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ArticleError, currentDay, parseArticle } from "../../src/ingest/index.ts";

const parse = (text: string | Uint8Array, sourcePath = "article.md") =>
  parseArticle({
    bytes: typeof text === "string" ? new TextEncoder().encode(text) : text,
    sourcePath,
    today: currentDay(),
  });

function problemOf(text: string | Uint8Array, sourcePath?: string): string {
  try {
    parse(text, sourcePath);
  } catch (error) {
    if (error instanceof ArticleError) return error.message;
    throw error;
  }
  assert.fail("expected an ArticleError");
}

describe("problems in article files", () => {
  it("should name the file and the line of a bad front matter date", () => {
    assert.equal(
      problemOf("---\ntitle: Fine\npublished: 2015-13-45\n---\nBody text here.\n"),
      'article.md:3: published: "2015-13-45" is not a date (write it as 2015-04-14 or 2015-04-14T09:30)',
    );
  });
  it("should tell YAML syntax errors from wrong field types", () => {
    assert.match(
      problemOf("---\ntitle: [unclosed\n---\nBody.\n"),
      /^article\.md:\d+: front matter is not valid YAML/,
    );
    assert.equal(
      problemOf("---\ntitle: 123\n---\nBody.\n"),
      "article.md:2: title: 123 has the wrong type (expected string)",
    );
  });
  it("should refuse an unknown country code", () => {
    assert.match(
      problemOf("---\ntitle: T\ncountries: [XX]\n---\nBody.\n"),
      /^article\.md:3: countries: "XX" is not an ISO/,
    );
  });
  it("should refuse empty and binary files", () => {
    assert.match(problemOf("  \n\n", "empty.txt"), /^empty\.txt: file is empty/);
    assert.match(
      problemOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), "image.txt"),
      /^image\.txt: file is binary/,
    );
  });
  it("should let front matter in a text file correct the title and date", () => {
    const record = parse(
      "---\ntitle: Corrected headline\npublished: 2014-06-04\n---\nWrong headline\n\nBody text.\n",
      "a.txt",
    );
    assert.equal(record.title, "Corrected headline");
    assert.equal(record.published, "2014-06-04");
    assert.equal(record.dateBasis, "front-matter");
  });
  it("should keep Markdown-looking raw text as text", () => {
    const record = parse("A headline here\n\n# not a heading and *not emphasis* <b>nor HTML</b>\n", "a.txt");
    assert.equal(record.bodyHtml, "<p># not a heading and *not emphasis* &#x3C;b>nor HTML&#x3C;/b></p>\n");
  });
  it("should decode Windows-1252 text and UTF-16 with a byte-order mark", () => {
    const latin = Uint8Array.from([
      ...new TextEncoder().encode("Caf"),
      0xe9,
      ...new TextEncoder().encode(" society\n\nBody."),
    ]);
    assert.equal(parse(latin, "a.txt").title, "Café society");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Café society\n\nBody.", "utf16le")]);
    assert.equal(parse(utf16, "b.txt").title, "Café society");
  });
  it("should refuse a front matter date in the future and an overlong headline", () => {
    assert.equal(
      problemOf("---\ntitle: T\npublished: 2999-01-01\n---\nBody.\n"),
      'article.md:3: published: "2999-01-01" is in the future',
    );
    assert.equal(
      problemOf(`---\ntitle: ${"A".repeat(2000)}\n---\nBody.\n`),
      `article.md:2: title: "${"A".repeat(56)}… is longer than 300 characters: a headline, not a paragraph`,
    );
  });
  it("should refuse text whose encoding cannot be told, naming the line", () => {
    assert.equal(
      problemOf(Buffer.from("Headline\n\nBody \x81 here.\n", "latin1"), "a.txt"),
      "a.txt:3: text is neither UTF-8 nor Windows-1252 (byte 0x81); save the file as UTF-8",
    );
    assert.equal(
      problemOf(Buffer.from("Headline\n\nBody text.\n", "utf16le"), "b.txt"),
      "b.txt: text looks like UTF-16 without a byte-order mark; save the file as UTF-8",
    );
  });
  it("should drop stray control characters and read CR-only line endings", () => {
    const record = parse("Bell\u0007 headline\r\rBody\u001b text.\r", "a.txt");
    assert.equal(record.title, "Bell headline");
    assert.equal(record.text, "Body text.");
  });
  it("should read a single line of 100,000 characters as one paragraph", () => {
    const record = parse(`${"word ".repeat(20_000)}end.`, "2020-01-02 Long line.txt");
    assert.equal(record.title, "Long line");
    assert.equal(record.wordCount, 20_001);
  });
});
