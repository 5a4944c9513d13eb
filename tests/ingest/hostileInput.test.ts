import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  ArticleError,
  type ArticleRecord,
  currentDay,
  formatProblem,
  parseArticle,
} from "../../src/ingest/index.ts";

/** Hostile files are made here, at the size that does harm, instead of being committed. */
function parse(sourcePath: string, text: string): ArticleRecord {
  return parseArticle({ sourcePath, bytes: new TextEncoder().encode(text), today: currentDay() });
}

/** The one line a user sees for a refused file. */
function refusal(sourcePath: string, text: string): string {
  try {
    parse(sourcePath, text);
  } catch (error) {
    if (error instanceof ArticleError) return formatProblem(error);
    throw error;
  }
  return assert.fail(`${sourcePath} was accepted`);
}

/** Nine levels of ten-item lists, each made of the one before by aliases: a billion "x" in 9 lines. */
function billionLaughs(field: string): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (const [index, name] of [..."bcdefghi"].entries()) {
    const previous = "abcdefghi"[index];
    lines.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(",")}]`);
  }
  return `---\ntitle: Laughs\n${lines.join("\n")}\n${field}: *i\n---\nThe body.\n`;
}

function nestedList(levels: number): string {
  return Array.from({ length: levels }, (_, level) => `${"  ".repeat(level)}- level ${level + 1}`).join("\n");
}

function stringsOf(value: unknown): string[] {
  const strings: string[] = [];
  JSON.stringify(value, (_key, field: unknown) => {
    if (typeof field === "string") strings.push(field);
    return field;
  });
  return strings;
}

/** Everything outside XML 1.0's `Char` production, and the C1 controls it discourages. */
const notXmlText = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe("front matter that expands", () => {
  it("should refuse aliases that expand to a billion values, at the line where they outgrow the bound", () => {
    const expected =
      "laughs.md:5: c: makes the front matter hold more than 1000 values (do YAML aliases repeat a list?)";
    assert.equal(refusal("laughs.md", billionLaughs("dek")), expected);
    assert.equal(refusal("laughs.md", billionLaughs("authors")), expected);
  });

  it("should refuse a string field longer than 5000 characters, naming the field", () => {
    const text = `---\ntitle: A summary too long\nsummary: "${"word ".repeat(1200)}"\n---\nThe body.\n`;
    assert.equal(
      refusal("long-summary.md", text),
      "long-summary.md:3: summary: holds 6000 characters, over the 5000-character limit for a field",
    );
  });
});

describe("Markdown nested too deeply", () => {
  it("should refuse 10,000 nested quotes, naming their line", () => {
    const text = `---\ntitle: Quotes\n---\n\nAn opening paragraph.\n\n${">".repeat(10_000)} deep\n`;
    assert.equal(
      refusal("quotes.md", text),
      "quotes.md:7: quotes and lists are nested more than 100 levels deep; no article needs that many",
    );
  });

  it("should refuse 1,000 nested list levels at the line of the 101st, and render 100", () => {
    assert.equal(
      refusal("list.md", `# A list\n\n${nestedList(1000)}\n`),
      "list.md:103: quotes and lists are nested more than 100 levels deep; no article needs that many",
    );
    assert.match(parse("list.md", `# A list\n\n${nestedList(100)}\n`).bodyHtml, /<li>level 100<\/li>/);
  });

  it("should refuse a paragraph of 4,000 nested emphases at its first line, and render 400", () => {
    const nested = (pairs: number) => `${"*a ".repeat(pairs)}b${" b*".repeat(pairs)}`;
    assert.equal(
      refusal("emphasis.md", `---\ntitle: Emphasis\n---\nFirst paragraph.\n\n${nested(4000)}\n`),
      "emphasis.md:6: a paragraph holds more than 1000 runs of * and _; no article emphasises that much",
    );
    assert.match(parse("emphasis.md", `# Emphasis\n\n${nested(400)}\n`).bodyHtml, /<em>a <em>a/);
  });

  it("should count list markers that nest on one line", () => {
    assert.equal(
      refusal("markers.md", `# Markers\n\n${"* - ".repeat(2000)}item\n`),
      "markers.md:3: quotes and lists are nested more than 100 levels deep; no article needs that many",
    );
    assert.match(parse("rule.md", `# A rule\n\nAbove.\n\n${"- ".repeat(2000)}\n\nBelow.\n`).bodyHtml, /<hr>/);
  });
});

describe("headlines too long", () => {
  it("should refuse a # heading of 100,000 characters, at its line", () => {
    const text = `---\nsource: Wire\n---\n\n# ${"long ".repeat(20_000)}\n\nThe body.\n`;
    assert.equal(
      refusal("heading.md", text),
      "heading.md:5: # heading is longer than 300 characters: a headline, not a paragraph",
    );
  });

  it("should pass over a guessed headline that is too long and take the next", () => {
    const fileName = `${"words of a very long file name ".repeat(12)}.txt`;
    const record = parse(fileName, "the first line is no headline. It starts in lower case.\n");
    assert.equal(record.title, "the first line is no headline.");
  });
});

describe("characters XML forbids", () => {
  it("should remove them from every field of the record, whatever escape put them there", () => {
    const text = [
      "---",
      String.raw`title: "Bell\x07 rings\v twice\uFFFF"`,
      String.raw`dek: "A lone \uD800 surrogate and a \x85 C1 control"`,
      String.raw`author: "Ann\x07 Lee"`,
      "---",
      "A form feed &#12; from a character reference.",
      "",
    ].join("\n");
    const record = parse("escapes.md", text);
    assert.equal(record.title, "Bell rings twice");
    assert.equal(record.dek, "A lone  surrogate and a  C1 control");
    assert.deepEqual(record.authors, ["Ann Lee"]);
    assert.doesNotMatch(stringsOf(record).join("\n"), notXmlText);
  });

  it("should remove them from raw text as from front matter", () => {
    const record = parse(
      "storm.txt",
      "Storm\uFFFF hits\u0085 the coast\n\nWinds of 150 km/h\uFFFE were recorded.\n",
    );
    assert.equal(record.title, "Storm hits the coast");
    assert.equal(record.text, "Winds of 150 km/h were recorded.");
  });

  it("should refuse a title that is nothing but control characters as empty", () => {
    assert.equal(
      refusal("bell.md", '---\ntitle: "\\x07\\v"\n---\nThe body.\n'),
      'bell.md:2: title: "" must not be empty',
    );
  });
});
