import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { ArticleRecord } from "../../src/ingest/schema.ts";
import { readPage, recordsBySeed, texts } from "../support/readSite.ts";
import { buildSeedSite, type SeedSite } from "../support/seedSite.ts";

let site: SeedSite;
let seeds: Map<string, ArticleRecord>;
const seed = (key: string): ArticleRecord => seeds.get(key) ?? assert.fail(`seed ${key} missing`);

before(async () => {
  site = await buildSeedSite();
  seeds = await recordsBySeed(site.outDir);
});
after(() => site?.remove());

describe("people and organisations on the seed pages", () => {
  it("should name seed 002's people and organisations, linking those with pages and filtering search by them", async () => {
    const page = await readPage(site.outDir, seed("002").url);
    const [people, organizations] = Array.from(page.querySelectorAll(".article-entities"), (block) =>
      Array.from(block.querySelectorAll("li"), (item) => (item.textContent ?? "").trim()),
    );
    for (const name of ["Li Baodong", "Harald Range", "Angela Merkel", "Martin Fleischer", "Thomas Duke"]) {
      assert.ok(people?.includes(name), `${name} in ${people?.join(", ")}`);
    }
    assert.ok(organizations?.includes("United Nations"));
    const justice = page.querySelector(
      '.article-entities a[href="/organizations/us-department-of-justice/"]',
    );
    assert.equal(justice?.textContent, "US Department of Justice");
    assert.equal(justice?.getAttribute("data-pagefind-filter"), "organization");
  });

  it("should give an organisation named by two seeds a page listing them newest first, with a chart", async () => {
    const page = await readPage(site.outDir, "/organizations/us-department-of-justice/");
    assert.deepEqual(texts(page, "h1"), ["US Department of Justice"]);
    assert.deepEqual(texts(page, ".article-list-title"), [seed("002").title, seed("004").title]);
    assert.match(page.querySelector("svg[role=img] title")?.textContent ?? "", /per year: 2014: 1/);
    const index = await readPage(site.outDir, "/organizations/");
    assert.ok(texts(index, ".entity-list li").includes("US Department of Justice 2 articles"));
    assert.deepEqual(texts(index, ".letter-nav li"), ["U 2"]);
    const letter = await readPage(site.outDir, "/organizations/by-letter/u/");
    assert.deepEqual(texts(letter, ".entity-list li"), [
      "US Department of Justice 2 articles",
      "US National Security Agency 2 articles",
    ]);
  });
});

describe("related articles on the seed pages", () => {
  it("should list up to five other archive articles on every seed page", async () => {
    for (const record of seeds.values()) {
      const page = await readPage(site.outDir, record.url);
      const related = texts(page, ".similar .article-list-title");
      assert.ok(related.length >= 1 && related.length <= 4, `${record.sourcePath}: ${related.join(" | ")}`);
      assert.ok(!related.includes(record.title));
    }
  });

  it("should relate the two seeds about Germany and those sharing the NSA and the Justice Department", async () => {
    const first = async (key: string) =>
      texts(await readPage(site.outDir, seed(key).url), ".similar .article-list-title")[0];
    assert.equal(await first("000"), seed("002").title);
    assert.equal(await first("002"), seed("004").title);
    assert.equal(await first("004"), seed("002").title);
  });
});

describe("the timeline chart", () => {
  it("should count articles per month, readable as text", async () => {
    const page = await readPage(site.outDir, "/timeline/");
    assert.equal(
      page.querySelector("svg[role=img] title")?.textContent,
      "Articles per month: June 2014: 1, April 2015: 1, March 2017: 1; none in the others",
    );
    assert.equal(page.querySelectorAll(".chart-bar").length, 34, "every month from June 2014 to March 2017");
  });
});
