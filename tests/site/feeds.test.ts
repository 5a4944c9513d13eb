import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { ArticleRecord } from "../../src/ingest/schema.ts";
import { readJson, readXml, recordsBySeed } from "../support/readSite.ts";
import { buildSeedSite, type SeedSite } from "../support/seedSite.ts";

interface JsonFeed {
  version: string;
  items: { id: string; url: string; title: string; date_published?: string; content_html: string }[];
}

let site: SeedSite;
let seeds: Map<string, ArticleRecord>;
const siteUrl = "https://news.example.org";
const articleUrls = () =>
  [...seeds.values()].map((record) => `${siteUrl}/archive/articles/${record.slug}/`).sort();

before(async () => {
  site = await buildSeedSite({ siteUrl, pathPrefix: "/archive/" });
  seeds = await recordsBySeed(site.outDir);
});
after(() => site?.remove());

describe("feeds, sitemap and records built from the five seeds", () => {
  it("should list the five articles in the Atom feed with absolute URLs, newest first", async () => {
    const feed = await readXml(site.outDir, "feed.xml");
    const entries = Array.from(feed.querySelectorAll("entry"));
    assert.equal(entries.length, 5);
    const links = entries.map((entry) => entry.querySelector("link")?.getAttribute("href") ?? "");
    assert.deepEqual([...links].sort(), articleUrls());
    assert.equal(entries[0]?.querySelector("title")?.textContent, seeds.get("003")?.title);
    assert.equal(entries[0]?.querySelector("published")?.textContent, "2017-03-02T16:27:00Z");
    assert.equal(entries[0]?.querySelector("updated")?.textContent, "2017-03-03T06:13:00Z");
  });

  it("should list the five articles in the JSON Feed 1.1, undated ones without a date", async () => {
    const feed = await readJson<JsonFeed>(site.outDir, "feed.json");
    assert.equal(feed.version, "https://jsonfeed.org/version/1.1");
    assert.deepEqual(feed.items.map((item) => item.url).sort(), articleUrls());
    const undated = feed.items.find((item) => item.title === seeds.get("000")?.title);
    assert.equal(undated?.date_published, undefined);
    assert.match(undated?.content_html ?? "", /^<p>/);
  });

  it("should list the five article pages in the sitemaps besides the index pages", async () => {
    const index = await readXml(site.outDir, "sitemap.xml");
    const files = Array.from(index.querySelectorAll("sitemap > loc"), (loc) => loc.textContent ?? "");
    const locations: string[] = [];
    for (const file of files) {
      const sitemap = await readXml(site.outDir, file.slice(`${siteUrl}/archive/`.length));
      locations.push(...Array.from(sitemap.querySelectorAll("url > loc"), (loc) => loc.textContent ?? ""));
    }
    assert.deepEqual(locations.filter((location) => location.includes("/articles/")).sort(), articleUrls());
    assert.ok(locations.includes(`${siteUrl}/archive/countries/germany/`));
    assert.ok(locations.includes(`${siteUrl}/archive/timeline/2014/`));
  });

  it("should publish all five records as JSON with the contract's fields", async () => {
    const records = await readJson<ArticleRecord[]>(site.outDir, "records.json");
    assert.equal(records.length, 5);
    assert.deepEqual(records.map((record) => record.sourcePath.slice(0, 3)).sort(), [
      "000",
      "001",
      "002",
      "003",
      "004",
    ]);
    for (const record of records) assert.equal(typeof record.bodyHtml, "string");
  });
});
