import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import yaml from "js-yaml";
import { ArticleError, type ArticleRecord, currentDay, parseArticle } from "../../src/ingest/index.ts";

/** Runs per property; `FUZZ_RUNS=10000 npm run test:unit` fuzzes harder. */
const numRuns = Number(process.env.FUZZ_RUNS ?? 300);
/** A parse that takes longer than this on a small input is a hang waiting to happen on a big one. */
const maxParseMs = 2000;

const hostileFragments = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "[click](javascript:alert(1))",
  "![x](javascript:alert(1))",
  "<iframe src=//evil.example>",
  '<a href="vbscript:msgbox(1)">x</a>',
  "[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "</script><script>alert(1)</script>",
  "<style>body{display:none}</style>",
  "> > > > > > > > > > > > > > > > > > > > nested",
  "By Evil <b onmouseover=alert(1)>Person</b>",
  "---",
  "\u0000",
  "Related Stories",
  "April 14, 2015",
];

const articleText = fc
  .array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 80 }), fc.constantFrom(...hostileFragments)), {
    maxLength: 40,
  })
  .chain((parts) => fc.constantFrom("\n", "\n\n", " ", "\r\n").map((separator) => parts.join(separator)));

function parseWithin(text: string, sourcePath: string): ArticleRecord | ArticleError {
  const started = performance.now();
  try {
    return parseArticle({ bytes: new TextEncoder().encode(text), sourcePath, today: currentDay() });
  } catch (error) {
    if (error instanceof ArticleError) return error;
    throw error;
  } finally {
    assert.ok(performance.now() - started < maxParseMs, `parsing took over ${maxParseMs} ms`);
  }
}

/** Text that merely reads `onerror=` is escaped and harmless; only real tags and their attributes can run. */
function assertNothingExecutable(record: ArticleRecord): void {
  for (const [tag] of record.bodyHtml.matchAll(/<[a-z][^>]*>/gi)) {
    assert.doesNotMatch(tag, /^<(?:script|iframe|object|embed|style|svg|math|form)\b/i);
    assert.doesNotMatch(tag, /\son\w+\s*=/i);
    assert.doesNotMatch(tag, /(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i);
  }
}

describe("fuzzing the parser", () => {
  for (const [format, sourcePath] of [
    ["raw text", "fuzz.txt"],
    ["Markdown", "fuzz.md"],
  ] as const) {
    it(`should turn any ${format} into a record or a user error, never a crash, a hang or a script`, () => {
      fc.assert(
        fc.property(articleText, (text) => {
          const outcome = parseWithin(text, sourcePath);
          if (!(outcome instanceof ArticleError)) assertNothingExecutable(outcome);
        }),
        { numRuns },
      );
    });
  }

  it("should accept or refuse any front matter with a one-line error naming the file", () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 3 }),
    );
    const frontMatter = fc.dictionary(
      fc.constantFrom(
        "title",
        "published",
        "date",
        "updated",
        "authors",
        "countries",
        "slug",
        "section",
        "source",
        "dek",
        "id",
      ),
      value,
    );
    fc.assert(
      fc.property(frontMatter, articleText, (data, body) => {
        const outcome = parseWithin(`---\n${yaml.dump(data)}---\n${body}`, "fuzz.md");
        if (outcome instanceof ArticleError) {
          assert.match(outcome.message, /^fuzz\.md(?::\d+)?: \S/);
          assert.doesNotMatch(outcome.message, /\n/);
        } else assertNothingExecutable(outcome);
      }),
      { numRuns },
    );
  });
});
