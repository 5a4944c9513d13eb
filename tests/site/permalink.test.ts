import assert from "node:assert/strict";
import { access, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { ArticleRecord } from "../../src/ingest/schema.ts";
import { searchIndex } from "../../src/search/index.ts";
import { renderSite } from "../../src/site/renderSite.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";
import { makeRecord } from "../support/makeRecord.ts";
import { readJson, readPage, readXml } from "../support/readSite.ts";

/** Two articles with one slug on different days, as imported archives have, and one undated. */
const records = [
  makeRecord({
    slug: "weekly-update",
    title: "Spring update",
    published: "2019-03-01",
    countries: ["CN"],
    extra: { id: "a" },
  }),
  makeRecord({
    slug: "weekly-update",
    title: "Summer update",
    published: "2020-07-01",
    countries: ["CN"],
    extra: { id: "b" },
  }),
  makeRecord({ slug: "no-date", title: "Undated note", countries: ["CN"], extra: { id: "c" } }),
];
const expectedUrls = ["/2020/07/weekly-update/", "/2019/03/weekly-update/", "/undated/no-date/"];
const site = resolveSiteConfig(
  { siteUrl: "https://news.example.org", file: { permalink: "/:year/:month/:slug/" } },
  {},
);
let outDir: string;

before(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-permalink-"));
  await renderSite(records, site, outDir);
});
after(() => rm(outDir, { recursive: true, force: true }));

describe("a permalink pattern from the owner's settings", () => {
  it("should write each article's page at its pattern's URL, and none under /articles/", async () => {
    for (const url of expectedUrls) await access(path.join(outDir, url, "index.html"));
    await assert.rejects(access(path.join(outDir, "articles")));
    const page = await readPage(outDir, "/2019/03/weekly-update/");
    assert.equal(page.querySelector("h1")?.textContent, "Spring update");
    const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute("href");
    assert.equal(canonical, "https://news.example.org/2019/03/weekly-update/");
  });

  it("should link lists, feeds, the sitemap and records.json to those URLs", async () => {
    const home = await readPage(outDir, "/");
    const links = Array.from(home.querySelectorAll(".article-list-title"), (link) =>
      link.getAttribute("href"),
    );
    assert.deepEqual(links, expectedUrls);
    const country = await readPage(outDir, "/countries/china/");
    const countryLinks = Array.from(country.querySelectorAll("a"), (link) => link.getAttribute("href"));
    for (const url of expectedUrls) assert.ok(countryLinks.includes(url), `${url} on the country page`);
    const feed = await readXml(outDir, "feed.xml");
    const feedLinks = Array.from(feed.querySelectorAll("entry > link"), (link) => link.getAttribute("href"));
    assert.deepEqual(
      feedLinks,
      expectedUrls.map((url) => `https://news.example.org${url}`),
    );
    const sitemap = await readFile(path.join(outDir, "sitemap-articles-1.xml"), "utf8");
    for (const url of expectedUrls)
      assert.ok(sitemap.includes(`<loc>https://news.example.org${url}</loc>`), url);
    const published = await readJson<ArticleRecord[]>(outDir, "records.json");
    assert.deepEqual(published.map((record) => record.url).sort(), [...expectedUrls].sort());
  });

  it("should find articles in search at those URLs", async () => {
    const results = await searchIndex(outDir, { query: "update" });
    assert.deepEqual(results.map((result) => result.url).sort(), [
      "/2019/03/weekly-update/",
      "/2020/07/weekly-update/",
    ]);
  });
});
