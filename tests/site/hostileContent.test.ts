import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { parseHTML } from "linkedom";
import type { ArticleRecord } from "../../src/ingest/index.ts";
import { searchIndex } from "../../src/search/searchIndex.ts";
import { buildHostileSite, type HostileSite } from "../support/hostileSite.ts";
import { readJson, readPage, readXml, texts } from "../support/readSite.ts";

let site: HostileSite;
let files: string[];

before(async () => {
  site = await buildHostileSite();
  files = (await readdir(site.outDir, { recursive: true })).filter((file) => !file.startsWith("pagefind/"));
});
after(() => site.remove());

/** The only scripts a page may load: the site's own files, from its own origin. */
const ownScript = /^\/(?!\/)[\w./-]+\.js$/;
const dangerousUrl = /^\s*(?:javascript|vbscript|data):/i;

function assertInert(html: string, where: string): void {
  const { document } = parseHTML(html);
  for (const script of document.querySelectorAll("script")) {
    const type = script.getAttribute("type");
    if (type === "application/ld+json") {
      assert.doesNotThrow(() => JSON.parse(script.textContent ?? ""), `${where}: JSON-LD is not plain data`);
      continue;
    }
    assert.match(script.getAttribute("src") ?? "(inline script)", ownScript, `${where}: unexpected script`);
  }
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      assert.doesNotMatch(attribute.name, /^on/i, `${where}: event handler on <${element.localName}>`);
      if (["href", "src", "action", "data", "formaction"].includes(attribute.name)) {
        assert.doesNotMatch(
          attribute.value,
          dangerousUrl,
          `${where}: ${attribute.name}="${attribute.value}"`,
        );
      }
    }
  }
  const fromArticles = ".article-body :is(iframe, object, embed, form, style, svg, math)";
  assert.equal(document.querySelectorAll(fromArticles).length, 0, where);
}

describe("hostile articles, end to end", () => {
  it("should leave nothing executable on any page", async () => {
    for (const file of files.filter((name) => name.endsWith(".html"))) {
      assertInert(await readFile(path.join(site.outDir, file), "utf8"), file);
    }
  });

  it("should show hostile headlines as the text they are", async () => {
    const records = await readJson<ArticleRecord[]>(site.outDir, "records.json");
    const hostile = records.find((record) => record.sourcePath === "script-in-headline.txt");
    assert.ok(hostile);
    assert.deepEqual(texts(await readPage(site.outDir, hostile.url), "article h1"), [hostile.title]);
  });

  it("should keep the feeds' HTML inert once a reader unescapes it", async () => {
    const atom = await readXml(site.outDir, "feed.xml");
    const atomHtml = Array.from(
      atom.querySelectorAll('content[type="html"], summary[type="html"]'),
      (node) => node.textContent ?? "",
    );
    const json = await readJson<{ items: { content_html?: string }[] }>(site.outDir, "feed.json");
    const jsonHtml = json.items.map((item) => item.content_html ?? "");
    assert.ok(atomHtml.length > 0 && jsonHtml.length > 0);
    for (const html of [...atomHtml, ...jsonHtml]) assertInert(html, "feed entry");
  });

  it("should not let front matter choose where a page is written", async () => {
    const records = await readJson<ArticleRecord[]>(site.outDir, "records.json");
    assert.equal(
      records.find((record) => record.sourcePath === "path-traversal-slug.md")?.url,
      "/articles/index/",
    );
    assert.deepEqual(texts(await readPage(site.outDir, "/"), "h1"), ["News archive"]);
    assert.ok(files.includes("search/index.html"));
  });

  it("should give every accepted article exactly one page and one search entry", async () => {
    const records = await readJson<ArticleRecord[]>(site.outDir, "records.json");
    const pages = files.filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
    assert.equal(pages.length, records.length);
    const results = await searchIndex(site.outDir, { query: "breached" });
    assert.deepEqual(
      results.map((result) => result.url),
      [records.find((record) => record.sourcePath === "script-in-headline.txt")?.url],
    );
  });
});
