import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { describeArticle } from "../../layouts/_includes/articleHead.ts";
import { sitemapFiles } from "../../layouts/_includes/sitemaps.ts";
import { type Archive, buildArchive } from "../../src/archive/index.ts";
import { renderSite } from "../../src/site/renderSite.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";
import { makeRecord } from "../support/makeRecord.ts";
import { readPage, readXml } from "../support/readSite.ts";

const hostile = `</script><script>alert("x")</script> & 'q'`;
const person = (name: string, slug: string) => ({ name, slug, mentions: 2 });
const records = [
  makeRecord({
    slug: "pictured",
    title: `Pictured ${hostile}`,
    published: "2016-05-01",
    countries: ["CN"],
    extra: {
      authors: ["Stacey Thalken", "Jo Smith"],
      updated: "2016-05-03T10:00Z",
      source: "Reuters",
      people: [person("Angela Merkel", "angela-merkel")],
      bodyHtml: '<p><img src="https://example.org/pic.png?a=1&#x26;b=2" alt="A picture"> Text.</p>',
    },
  }),
  makeRecord({
    slug: "plain",
    title: "Plain",
    published: "2015-02-01",
    countries: ["DE"],
    extra: { source: "Xinhua", people: [person("Angela Merkel", "angela-merkel")] },
  }),
  makeRecord({ slug: "a&b", title: "Ampersand slug" }),
];
const site = resolveSiteConfig({ siteUrl: "https://news.example.org", pathPrefix: "/archive/" }, {});
const origin = "https://news.example.org/archive";
let outDir: string;

before(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-metadata-"));
  await renderSite(records, site, outDir);
});
after(() => rm(outDir, { recursive: true, force: true }));

const everyPageType = [
  "/",
  "/articles/pictured/",
  "/countries/",
  "/countries/china/",
  "/people/",
  "/people/angela-merkel/",
  "/people/by-letter/a/",
  "/organizations/",
  "/timeline/",
  "/timeline/2016/",
  "/timeline/undated/",
  "/search/",
];

async function jsonLd(url: string): Promise<Record<string, unknown>> {
  const html = await readFile(path.join(outDir, url, "index.html"), "utf8");
  const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
  assert.ok(script, `${url} has JSON-LD`);
  assert.doesNotMatch(script, /</);
  return JSON.parse(script);
}

const meta = (page: Document, key: string) =>
  page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");

describe("metadata for search engines and link previews", () => {
  it("should give every page type OpenGraph tags and a Twitter card", async () => {
    for (const url of everyPageType) {
      const page = await readPage(outDir, url);
      for (const key of [
        "og:title",
        "og:description",
        "og:type",
        "og:image",
        "og:site_name",
        "twitter:card",
      ]) {
        assert.ok(meta(page, key), `${url} has ${key}`);
      }
      assert.equal(meta(page, "og:url"), `${origin}${url}`);
      assert.equal(meta(page, "og:site_name"), "News archive");
    }
    const list = await readPage(outDir, "/countries/");
    assert.equal(meta(list, "og:type"), "website");
    assert.equal(meta(list, "og:image"), `${origin}/assets/share.png`);
    assert.equal(meta(list, "twitter:card"), "summary_large_image");
  });

  it("should publish the default preview image as a 1200×630 PNG", async () => {
    const png = await readFile(path.join(outDir, "assets/share.png"));
    assert.equal(png.subarray(1, 4).toString("ascii"), "PNG");
    // The IHDR chunk opens at byte 8: length, type, then width and height.
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
    assert.ok(png.length < 20_000, `${png.length} bytes`);
  });

  it("should preview an article with its own title, type and image, escaped", async () => {
    const page = await readPage(outDir, "/articles/pictured/");
    assert.equal(meta(page, "og:type"), "article");
    assert.equal(meta(page, "og:title"), records[0]?.title);
    assert.equal(meta(page, "og:image"), "https://example.org/pic.png?a=1&b=2");
    const plain = await readPage(outDir, "/articles/plain/");
    assert.equal(meta(plain, "og:image"), `${origin}/assets/share.png`);
  });

  it("should describe an article as a NewsArticle with people, publisher, dates and image", async () => {
    const data = await jsonLd("/articles/pictured/");
    assert.equal(data.headline, records[0]?.title);
    assert.deepEqual(data.author, [
      { "@type": "Person", name: "Stacey Thalken" },
      { "@type": "Person", name: "Jo Smith" },
    ]);
    assert.deepEqual(data.publisher, {
      "@type": "Organization",
      name: "News archive",
      url: `${origin}/`,
      logo: { "@type": "ImageObject", url: `${origin}/assets/icon-512.png`, width: 512, height: 512 },
    });
    assert.equal(data.datePublished, "2016-05-01T00:00:00Z");
    assert.equal(data.dateModified, "2016-05-03T10:00:00Z");
    assert.deepEqual(data.image, ["https://example.org/pic.png?a=1&b=2"]);
  });

  it("should credit an article without a byline to its source, and date its change by its publication", async () => {
    const data = await jsonLd("/articles/plain/");
    assert.deepEqual(data.author, [{ "@type": "Organization", name: "Xinhua" }]);
    assert.equal(data.dateModified, "2015-02-01T00:00:00Z");
    assert.equal(data.image, undefined);
  });

  it("should name the sitemap index in robots.txt", async () => {
    const robots = await readFile(path.join(outDir, "robots.txt"), "utf8");
    assert.match(robots, /^User-agent: \*$/m);
    assert.match(robots, new RegExp(`^Sitemap: ${origin}/sitemap\\.xml$`, "m"));
  });

  it("should list every page in the sitemaps the index names, escaped", async () => {
    const index = await readXml(outDir, "sitemap.xml");
    assert.equal(index.documentElement.tagName, "sitemapindex");
    const files = Array.from(index.querySelectorAll("sitemap > loc"), (loc) => loc.textContent ?? "");
    assert.deepEqual(files, [
      `${origin}/sitemap-lists.xml`,
      `${origin}/sitemap-articles-1.xml`,
      `${origin}/sitemap-entities-1.xml`,
    ]);
    const urls: string[] = [];
    for (const file of files) {
      const sitemap = await readXml(outDir, file.slice(origin.length + 1));
      urls.push(...Array.from(sitemap.querySelectorAll("url > loc"), (loc) => loc.textContent ?? ""));
    }
    const expected = [
      ...everyPageType,
      "/articles/plain/",
      "/articles/a&b/",
      "/countries/germany/",
      "/timeline/2015/",
    ].map((url) => `${origin}${url}`);
    assert.deepEqual([...urls].sort(), [...expected].sort());
    const articles = await readFile(path.join(outDir, "sitemap-articles-1.xml"), "utf8");
    assert.match(articles, /articles\/a&amp;b\//);
    assert.match(articles, /pictured\/<\/loc><lastmod>2016-05-03<\/lastmod>/);
  });

  it("should split articles and people into sitemaps of at most 50,000 URLs", () => {
    const archive = { articles: { length: 100_001 }, entityPages: { length: 50_000 } } as unknown as Archive;
    assert.deepEqual(sitemapFiles(archive), [
      "/sitemap-lists.xml",
      "/sitemap-articles-1.xml",
      "/sitemap-articles-2.xml",
      "/sitemap-articles-3.xml",
      "/sitemap-entities-1.xml",
    ]);
  });

  it("should describe an article by the start of its text, flattened and cut at a word", () => {
    const descriptionOf = (text: string) => {
      const [article] = buildArchive([makeRecord({ slug: "s", title: "T", extra: { text } })]).articles;
      return article ? describeArticle(article, 20) : assert.fail("no article");
    };
    assert.equal(descriptionOf("Short\n\n  text."), "Short text.");
    assert.equal(
      descriptionOf(`Officials   said\non Monday that ${"more ".repeat(200)}`),
      "Officials said on…",
    );
    assert.equal(
      descriptionOf(`${" ".repeat(100)}Spaces first, then words ${"and more ".repeat(30)}`),
      "Spaces first, then…",
    );
    assert.equal(descriptionOf(`https://example.org/${"x".repeat(300)} tail`), "https://example.org/…");
  });
});
