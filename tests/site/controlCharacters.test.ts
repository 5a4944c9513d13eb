import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { searchIndex } from "../../src/search/searchIndex.ts";
import { buildSite, resolveSiteConfig } from "../../src/site/index.ts";
import { readXml, texts } from "../support/readSite.ts";

/** Everything outside XML 1.0's `Char` production: one of these and feed.xml is not XML. */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** YAML escapes put in front matter the characters that decoding the file could never let through. */
const article = [
  "---",
  String.raw`title: "Bell\x07 rings\v twice\uFFFF"`,
  String.raw`dek: "A standfirst\x07 with a bell\uFFFF"`,
  String.raw`author: "Ann\v Lee\x07"`,
  "published: 2015-04-14",
  "---",
  "The bell in the harbour rang twice at dawn.",
  "",
].join("\n");

let workDir: string;
let outDir: string;

before(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-control-"));
  const contentDir = path.join(workDir, "content");
  await mkdir(contentDir);
  await writeFile(path.join(contentDir, "bell.md"), article);
  outDir = path.join(workDir, "site");
  await buildSite({ contentDir, outDir, site: resolveSiteConfig({}, {}) });
});
after(() => rm(workDir, { recursive: true, force: true }));

describe("control characters in front matter, end to end", () => {
  it("should write no character XML forbids into any page, feed or record", async () => {
    const outputs = (await readdir(outDir, { recursive: true })).filter((file) =>
      /\.(?:html|xml|json)$/.test(file),
    );
    assert.ok(outputs.includes("feed.xml") && outputs.includes("records.json"));
    for (const file of outputs) {
      const text = await readFile(path.join(outDir, file), "utf8");
      const found = notXmlChar.exec(text);
      assert.equal(found, null, `${file} holds U+${found?.[0].codePointAt(0)?.toString(16).toUpperCase()}`);
    }
  });

  it("should give the feed and the search index the headline without them", async () => {
    const feed = await readXml(outDir, "feed.xml");
    assert.deepEqual(texts(feed, "entry > title"), ["Bell rings twice"]);
    assert.deepEqual(texts(feed, "entry > author > name"), ["Ann Lee"]);
    const results = await searchIndex(outDir, { query: "harbour" });
    assert.deepEqual(
      results.map((result) => result.title),
      ["Bell rings twice"],
    );
  });
});
