import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { ArticleRecord } from "../../src/ingest/schema.ts";
import { readPage, recordsBySeed, texts } from "../support/readSite.ts";
import { buildSeedSite, type SeedSite } from "../support/seedSite.ts";

interface Expected {
  title: string;
  published?: string;
  updated?: string;
  /** Country names in order of salience; a set when the order is not pinned. */
  countries: string[];
  countryOrderMatters: boolean;
}

const expected: Record<string, Expected> = {
  "000": {
    title: "China lashes out at German ambassador over cyber security",
    countries: ["China", "Germany", "Hong Kong"],
    countryOrderMatters: true,
  },
  "001": {
    title: "US 'aggressively' raising cybersecurity with China: official",
    published: "2015-04-14",
    countries: ["China", "United States"],
    countryOrderMatters: false,
  },
  "002": {
    title: "Vice-minister calls US cybersecurity gripes hypocritical",
    published: "2014-06-06T02:55",
    countries: ["China", "United States", "Germany"],
    countryOrderMatters: true,
  },
  "003": {
    title: "Forget the Great Firewall ... China is beefing up its ability to police all cyberspace",
    published: "2017-03-02T16:27",
    updated: "2017-03-03T06:13",
    countries: ["China", "United States"],
    countryOrderMatters: false,
  },
  "004": {
    title: "US officials rebuke china for cyber-theft of secrets",
    countries: ["United States", "China", "United Kingdom", "Iran", "Israel"],
    countryOrderMatters: true,
  },
};

let site: SeedSite;
let seeds: Map<string, ArticleRecord>;
const seedUrl = (seed: string): string => {
  const record = seeds.get(seed);
  assert.ok(record, `seed ${seed} was not built`);
  return `/articles/${record.slug}/`;
};

before(async () => {
  site = await buildSeedSite();
  seeds = await recordsBySeed(site.outDir);
});
after(() => site?.remove());

describe("article pages built from the five seeds", () => {
  for (const [seed, want] of Object.entries(expected)) {
    it(`should show seed ${seed}'s headline, dates and country links`, async () => {
      const page = await readPage(site.outDir, seedUrl(seed));
      assert.deepEqual(texts(page, "article h1"), [want.title]);

      const published = page.querySelector(".article-dates time[data-pagefind-meta]");
      if (want.published === undefined) {
        assert.equal(published, null);
        assert.match(texts(page, ".article-dates")[0] ?? "", /Date unknown/);
      } else {
        assert.equal(published?.getAttribute("datetime"), want.published);
      }
      const updated = Array.from(page.querySelectorAll(".article-dates time"), (time) =>
        time.getAttribute("datetime"),
      );
      assert.deepEqual(
        updated,
        [want.published, want.updated].filter((value) => value !== undefined),
      );

      const links = Array.from(page.querySelectorAll(".article-countries a"), (link) => ({
        name: link.textContent,
        href: link.getAttribute("href"),
      }));
      const names = links.map((link) => link.name ?? "");
      if (want.countryOrderMatters) assert.deepEqual(names, want.countries);
      else assert.deepEqual([...names].sort(), [...want.countries].sort());
      for (const link of links) {
        assert.equal(link.href, `/countries/${(link.name ?? "").toLowerCase().replace(/ /g, "-")}/`);
      }
    });
  }

  it("should describe each article with NewsArticle JSON-LD whose headline is the title", async () => {
    const page = await readPage(site.outDir, seedUrl("001"));
    const jsonLd = JSON.parse(page.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}");
    assert.equal(jsonLd["@type"], "NewsArticle");
    assert.equal(jsonLd.headline, expected["001"]?.title);
    assert.equal(jsonLd.datePublished, "2015-04-14T00:00:00Z");
    assert.equal(
      page.querySelector('meta[property="article:published_time"]')?.getAttribute("content"),
      "2015-04-14T00:00:00Z",
    );
    assert.equal(page.querySelector('meta[property="og:type"]')?.getAttribute("content"), "article");
    assert.equal(
      page.querySelector('link[rel="canonical"]')?.getAttribute("href"),
      `http://localhost:8080${seedUrl("001")}`,
    );
  });

  it("should mark only article pages as search content", async () => {
    for (const url of [
      "/",
      "/countries/",
      "/countries/china/",
      "/timeline/",
      "/timeline/2015/",
      "/search/",
    ]) {
      const page = await readPage(site.outDir, url);
      assert.equal(page.querySelector("[data-pagefind-body]"), null, url);
    }
    const article = await readPage(site.outDir, seedUrl("002"));
    assert.equal(article.querySelectorAll("[data-pagefind-body]").length, 1);
  });
});

describe("country pages built from the five seeds", () => {
  it("should list all five articles on China's page", async () => {
    const page = await readPage(site.outDir, "/countries/china/");
    assert.deepEqual(texts(page, "h1"), ["China"]);
    const titles = texts(page, ".article-list-title");
    assert.deepEqual(
      [...titles].sort(),
      Object.values(expected)
        .map((want) => want.title)
        .sort(),
    );
  });

  it("should list seeds 000 and 002 only on Germany's page, newest first", async () => {
    const page = await readPage(site.outDir, "/countries/germany/");
    assert.deepEqual(texts(page, ".article-list-title"), [expected["002"]?.title, expected["000"]?.title]);
  });

  it("should chart Germany's coverage and name the countries mentioned with it", async () => {
    const page = await readPage(site.outDir, "/countries/germany/");
    assert.match(page.querySelector("svg[role=img] title")?.textContent ?? "", /per year: 2014: 1/);
    assert.ok(texts(page, ".chips a").includes("China"));
  });

  it("should count every country on the countries index, in a table and on a map", async () => {
    const page = await readPage(site.outDir, "/countries/");
    const rows = Array.from(page.querySelectorAll(".country-table tbody tr"), (row) =>
      Array.from(row.children, (cell) => cell.textContent?.trim()).join(" "),
    );
    assert.ok(rows.includes("China 5"), rows.join(" | "));
    assert.ok(rows.includes("Germany 2"));
    assert.equal(rows.length, 7);
    const shaded = Array.from(page.querySelectorAll(".world-map a"), (link) => ({
      href: link.getAttribute("href"),
      title: link.querySelector("title")?.textContent,
    }));
    assert.ok(
      shaded.some((country) => country.href === "/countries/china/" && country.title === "China: 5 articles"),
    );
    assert.equal(
      shaded.length,
      6,
      "every country with articles is a link on the map, but Hong Kong is too small",
    );
    assert.match(
      texts(page, ".world-map figcaption")[0] ?? "",
      /Too small to draw at this scale: Hong Kong\./,
    );
    assert.ok(page.querySelectorAll(".world-map path").length > 150, "the whole world is drawn");
    assert.equal(page.querySelector(".world-map svg")?.getAttribute("aria-label"), "Articles per country");
  });
});

describe("timeline built from the five seeds", () => {
  it("should show the years 2014, 2015 and 2017 with their counts", async () => {
    const page = await readPage(site.outDir, "/timeline/");
    assert.deepEqual(texts(page, ".timeline-years h3"), ["2017 1", "2015 1", "2014 1"]);
  });

  it("should link the timeline to the undated articles' own page, which lists seeds 000 and 004", async () => {
    const timeline = await readPage(site.outDir, "/timeline/");
    assert.deepEqual(texts(timeline, "#undated a"), ["2 articles give no date"]);
    assert.equal(timeline.querySelector("#undated a")?.getAttribute("href"), "/timeline/undated/");
    assert.equal(timeline.querySelectorAll(".article-list").length, 0, "no article listed on the timeline");
    const page = await readPage(site.outDir, "/timeline/undated/");
    assert.deepEqual(
      texts(page, ".article-list-title").sort(),
      [expected["000"]?.title, expected["004"]?.title].sort(),
    );
  });

  it("should list a year's articles under their month", async () => {
    const page = await readPage(site.outDir, "/timeline/2017/");
    assert.deepEqual(texts(page, "#month-03 .article-list-title"), [expected["003"]?.title]);
  });

  it("should show the latest dated article first on the home page", async () => {
    const page = await readPage(site.outDir, "/");
    assert.equal(texts(page, ".article-list-title")[0], expected["003"]?.title);
    assert.match(texts(page, ".lede")[0] ?? "", /^5 articles published from 6 June 2014/);
  });
});
