import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildArchive } from "../../src/archive/index.ts";
import { makeRecord } from "../support/makeRecord.ts";

const titles = (list: readonly { title: string }[]) => list.map((item) => item.title);

const records = [
  makeRecord({ slug: "old", title: "Old", published: "2014-06-06T02:55", countries: ["CN", "US", "DE"] }),
  makeRecord({ slug: "mid", title: "Mid", published: "2015-04-14", countries: ["US", "CN"] }),
  makeRecord({ slug: "new", title: "New", published: "2017-03-02T16:27", countries: ["CN"] }),
  makeRecord({ slug: "undated-b", title: "Undated B", countries: ["CN", "DE", "HK"] }),
  makeRecord({ slug: "undated-a", title: "Undated A", countries: ["GB"] }),
];
const archive = buildArchive(records);
const article = (slug: string) => {
  const found = archive.articles.find((candidate) => candidate.summary.slug === slug);
  assert.ok(found, `no article ${slug}`);
  return found;
};
const country = (code: string) => {
  const found = archive.countries.find((candidate) => candidate.code === code);
  assert.ok(found, `no country ${code}`);
  return found;
};

describe("buildArchive", () => {
  it("should order articles newest first, with undated ones last by headline", () => {
    assert.deepEqual(titles(archive.articles.map((entry) => entry.summary)), [
      "New",
      "Mid",
      "Old",
      "Undated A",
      "Undated B",
    ]);
  });

  it("should chain dated articles by date and undated ones among themselves", () => {
    assert.equal(article("mid").previous?.title, "Old");
    assert.equal(article("mid").next?.title, "New");
    assert.equal(article("old").previous, undefined);
    assert.equal(article("new").next, undefined);
    assert.equal(article("undated-a").previous, undefined);
    assert.equal(article("undated-a").next?.title, "Undated B");
    assert.equal(article("undated-b").previous?.title, "Undated A");
  });

  it("should list each country's articles newest first with undated last", () => {
    assert.deepEqual(titles(country("CN").articles), ["New", "Mid", "Old", "Undated B"]);
    assert.deepEqual(titles(country("DE").articles), ["Old", "Undated B"]);
  });

  it("should count coverage per year with empty years as zero", () => {
    assert.deepEqual(country("CN").coverage, [
      { year: 2014, count: 1 },
      { year: 2015, count: 1 },
      { year: 2016, count: 0 },
      { year: 2017, count: 1 },
    ]);
    assert.deepEqual(country("GB").coverage, []);
  });

  it("should name the countries mentioned alongside a country, most frequent first", () => {
    assert.deepEqual(
      country("CN").coMentioned.map((mention) => [mention.country.name, mention.count]),
      [
        ["Germany", 2],
        ["United States", 2],
        ["Hong Kong", 1],
      ],
    );
  });

  it("should sort countries by article count and give them name slugs", () => {
    assert.deepEqual(
      archive.countries.map((view) => view.slug),
      ["china", "germany", "united-states", "hong-kong", "united-kingdom"],
    );
  });

  it("should group the timeline by year, newest year first, months in calendar order", () => {
    assert.deepEqual(
      archive.timeline.years.map((year) => [year.year, year.count, year.months.map((month) => month.month)]),
      [
        [2017, 1, [3]],
        [2015, 1, [4]],
        [2014, 1, [6]],
      ],
    );
    assert.deepEqual(titles(archive.timeline.undated), ["Undated A", "Undated B"]);
  });

  it("should report the span from the oldest to the newest date", () => {
    assert.deepEqual(archive.span, { first: "2014-06-06T02:55", last: "2017-03-02T16:27" });
  });

  it("should suggest articles sharing the most countries first, never the article itself", () => {
    const more = titles(article("old").moreOnSameCountries);
    assert.equal(more[0], "Mid");
    assert.ok(!more.includes("Old"));
    assert.ok(!more.includes("Undated A"), "shares no country");
    assert.deepEqual(titles(article("undated-a").moreOnSameCountries), []);
  });

  it("should mark only inferred dates as estimates", () => {
    const inferred = buildArchive([
      makeRecord({
        slug: "guess",
        title: "Guess",
        published: "2016-01-01",
        extra: { dateBasis: "inferred" },
      }),
      makeRecord({ slug: "read", title: "Read", published: "2016-01-02" }),
    ]);
    assert.deepEqual(
      inferred.articles.map((entry) => [entry.summary.slug, entry.summary.estimated]),
      [
        ["read", false],
        ["guess", true],
      ],
    );
  });

  it("should give two countries whose names make the same slug different slugs", () => {
    const clash = buildArchive([
      makeRecord({
        slug: "clash",
        title: "Clash",
        countries: ["FR"],
        extra: {
          countries: [
            { code: "CG", name: "Congo", mentions: 2 },
            { code: "CD", name: "Congo", mentions: 1 },
          ],
        },
      }),
    ]);
    assert.deepEqual(clash.countries.map((view) => view.slug).sort(), ["congo", "congo-cg"]);
  });

  it("should build an archive of 20,000 articles in well under the time a quadratic pass would take", () => {
    const codes = ["CN", "US", "DE", "GB", "FR", "HK"];
    const many = Array.from({ length: 20_000 }, (_, index) =>
      makeRecord({
        slug: `a${index}`,
        title: `Article ${index}`,
        published:
          index % 10 === 0
            ? undefined
            : `${2000 + (index % 20)}-${String((index % 12) + 1).padStart(2, "0")}-01`,
        countries: [codes[index % 6] ?? "CN", codes[(index + 1) % 6] ?? "US"],
        related: [{ title: `Article ${index + 1}` }],
      }),
    );
    const started = performance.now();
    const big = buildArchive(many);
    const seconds = (performance.now() - started) / 1000;
    assert.equal(big.articles.length, 20_000);
    assert.ok(seconds < 10, `took ${seconds.toFixed(1)} s`);
  });
});
