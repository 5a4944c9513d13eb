import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { renderSite } from "../../src/site/renderSite.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";
import { makeRecord } from "../support/makeRecord.ts";
import { readJson, readPage, readXml, texts } from "../support/readSite.ts";

const hostile = `</script><script>alert("x")</script> & <img src=x onerror=alert(1)> 'quoted'`;
const record = makeRecord({
  slug: "hostile",
  title: `Headline ${hostile}`,
  published: "2016-05-01",
  related: [{ title: `Related ${hostile}`, summary: `Summary ${hostile}` }],
  extra: {
    dek: `Dek ${hostile}`,
    source: `Source ${hostile}`,
    section: `Section ${hostile}`,
    dateline: `Dateline ${hostile}`,
    authors: [`Author ${hostile}`],
    countries: [{ code: "CN", name: `China ${hostile}`, mentions: 3 }],
  },
});

let outDir: string;

before(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-escape-"));
  await renderSite([record], resolveSiteConfig({}, {}), outDir);
});
after(() => rm(outDir, { recursive: true, force: true }));

const pages = [
  "/articles/hostile/",
  "/",
  "/countries/",
  "/countries/china-script-script-alert-x-script-img-src-x-onerror-alert-1-quoted/",
  "/timeline/",
  "/timeline/2016/",
];

describe("article text on every page, feed and sitemap", () => {
  it("should never become markup on any HTML page", async () => {
    for (const url of pages) {
      const html = await readFile(path.join(outDir, url, "index.html"), "utf8");
      assert.doesNotMatch(html, /<script>alert|<img src=x/, url);
      const page = await readPage(outDir, url);
      assert.equal(page.querySelectorAll("img").length, 0, url);
      // The site's own external scripts (the service worker's registration) are the only ones allowed.
      const scripts = "script:not([type='application/ld+json']):not([src^='/assets/'])";
      assert.equal(page.querySelectorAll(scripts).length, 0, url);
    }
  });

  it("should show the text exactly as written", async () => {
    const page = await readPage(outDir, "/articles/hostile/");
    assert.deepEqual(texts(page, "article h1"), [record.title]);
    assert.deepEqual(texts(page, ".article-dek"), [record.dek]);
    assert.deepEqual(texts(page, ".related-list span"), [record.related[0]?.title]);
    assert.equal(page.querySelector("title")?.textContent, `${record.title} · News archive`);
    assert.equal(page.querySelector('meta[property="og:title"]')?.getAttribute("content"), record.title);
  });

  it("should keep JSON-LD inside its script element and parse back to the same headline", async () => {
    const html = await readFile(path.join(outDir, "articles/hostile/index.html"), "utf8");
    const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "";
    assert.doesNotMatch(script, /</);
    const data = JSON.parse(script);
    assert.equal(data.headline, record.title);
    assert.deepEqual(data.author, [{ "@type": "Person", name: record.authors[0] }]);
  });

  it("should escape text in the Atom feed and keep it in the JSON Feed", async () => {
    const atom = await readXml(outDir, "feed.xml");
    assert.equal(atom.querySelector("entry > title")?.textContent, record.title);
    const json = await readJson<{ items: { title: string }[] }>(outDir, "feed.json");
    assert.equal(json.items[0]?.title, record.title);
    const sitemap = await readFile(path.join(outDir, "sitemap-articles-1.xml"), "utf8");
    assert.doesNotMatch(sitemap, /<script/);
  });
});
