import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { parseArticle } from "../../src/ingest/index.ts";

const fixture = path.join(
  import.meta.dirname,
  "../fixtures/ingest/hugo-markdown/2014-03-03-cache-me-if-you-can.md",
);
const today = "2026-12-02";

async function hugoRecord() {
  return parseArticle({ bytes: await readFile(fixture), sourcePath: path.basename(fixture), today });
}

describe("clean text from imported sites", () => {
  it("should decode character references in the title and summary once", async () => {
    const record = await hugoRecord();
    assert.equal(record.title, "CDC\u2019s Digital Front Door & Search");
    assert.equal(
      record.dek,
      "Have you ever left a Web page that doesn\u2019t load quickly? You\u2019re not alone.",
    );
  });

  it("should decode references in a raw text article, but leave a bare ampersand alone", () => {
    const text =
      "Hackers hit AT&T&#8217;s network\n\nBy Jo Smith\n\nThe company&#8217;s shares fell &amp; rose.\n";
    const record = parseArticle({ bytes: Buffer.from(text), sourcePath: "att.txt", today });
    assert.equal(record.title, "Hackers hit AT&T\u2019s network");
    // The slug comes from the headline as written, so a URL published before decoding stays.
    assert.equal(record.slug, `hackers-hit-at-and-t-and-8217-s-network-${record.id.slice(0, 6)}`);
    assert.match(record.text, /The company\u2019s shares fell & rose\./);
    assert.match(record.bodyHtml, /company\u2019s shares fell &#x26; rose/);
  });

  it("should show author slugs as names and keep names and one-word handles", async () => {
    assert.deepEqual((await hugoRecord()).authors, ["Stacey Thalken", "jparcell", "Ammie Farraj Feijoo"]);
  });

  it("should drop heading-id syntax from headings", async () => {
    const record = await hugoRecord();
    assert.match(record.bodyHtml, /<h2>Why We Did It<\/h2>/);
    assert.match(record.bodyHtml, /<h3>Pre-flip<\/h3>/);
    assert.doesNotMatch(record.bodyHtml, /\{#/);
    assert.doesNotMatch(record.text, /\{#/);
  });

  it("should unwrap links a removed image shortcode left empty, and keep links with text or alt text", async () => {
    const { bodyHtml } = await hugoRecord();
    assert.match(bodyHtml, /<h2>Slowness Hurts Web Pages<\/h2>/);
    assert.doesNotMatch(bodyHtml, /<a [^>]*>\s*<\/a>/);
    assert.doesNotMatch(bodyHtml, /api-pillars|speed-dial/);
    assert.match(bodyHtml, /<a href="https:\/\/example.org\/rates">rates<\/a>/);
    assert.match(
      bodyHtml,
      /<a href="https:\/\/example.org\/dial"><img src="https:\/\/example.org\/dial.png" alt="A speed dial"><\/a>/,
    );
  });
});
