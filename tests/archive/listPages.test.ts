import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildArchive } from "../../src/archive/index.ts";
import { pagedPath, paginate, rowsPerPage } from "../../src/archive/pagination.ts";
import { makeRecord } from "../support/makeRecord.ts";

/** 250 articles about China: 120 in 2016 (ten a month), 100 in 2015, then 30 undated. */
const records = [
  ...Array.from({ length: 120 }, (_, index) =>
    makeRecord({
      slug: `a16-${index}`,
      title: `Story ${index} of 2016`,
      published: `2016-${String((index % 12) + 1).padStart(2, "0")}-${String((index % 28) + 1).padStart(2, "0")}`,
      countries: ["CN"],
    }),
  ),
  ...Array.from({ length: 100 }, (_, index) =>
    makeRecord({
      slug: `a15-${index}`,
      title: `Story ${index} of 2015`,
      published: "2015-05-05",
      countries: ["CN"],
    }),
  ),
  ...Array.from({ length: 30 }, (_, index) =>
    makeRecord({ slug: `u-${index}`, title: `Undated ${String(index).padStart(2, "0")}`, countries: ["CN"] }),
  ),
];
const archive = buildArchive(records);

describe("paginated lists", () => {
  it("should keep page 1 at the list's own URL and put later pages below it", () => {
    assert.equal(pagedPath("/countries/china/", 1), "/countries/china/");
    assert.equal(pagedPath("/countries/china/", 2), "/countries/china/page/2/");
  });

  it("should cut a list into pages of the page size, and give an empty list one empty page", () => {
    assert.deepEqual(
      paginate([1, 2, 3, 4, 5], 2).map((page) => page.length),
      [2, 2, 1],
    );
    assert.deepEqual(paginate([], 2), [[]]);
  });

  it("should give a country three pages of at most 100 articles, newest first, each with its position", () => {
    const pages = archive.countryPages.filter((page) => page.country.code === "CN");
    assert.deepEqual(
      pages.map((page) => [page.list.paging.number, page.list.paging.count, page.list.paging.base]),
      [
        [1, 3, "/countries/china/"],
        [2, 3, "/countries/china/"],
        [3, 3, "/countries/china/"],
      ],
    );
    const rows = pages.flatMap((page) => page.list.sections.flatMap((section) => section.articles));
    assert.equal(rows.length, 250);
    assert.ok(pages.every((page) => page.list.sections.flatMap((s) => s.articles).length <= rowsPerPage));
    assert.equal(rows[0]?.published?.slice(0, 4), "2016");
  });

  it("should jump to the page where each year begins, with the year's full count", () => {
    const first = archive.countryPages.find((page) => page.country.code === "CN");
    assert.deepEqual(
      first?.jumps.map(({ id, label, count, page }) => ({ id, label, count, page })),
      [
        { id: "year-2016", label: "2016", count: 120, page: 1 },
        { id: "year-2015", label: "2015", count: 100, page: 2 },
        { id: "undated", label: "Undated", count: 30, page: 3 },
      ],
    );
  });

  it("should head a year that runs over two pages on both", () => {
    const second = archive.countryPages.filter((page) => page.country.code === "CN")[1];
    assert.deepEqual(
      second?.list.sections.map((section) => [section.id, section.articles.length]),
      [
        ["year-2016", 20],
        ["year-2015", 80],
      ],
    );
  });

  it("should group a year's pages by month and tell the timeline where each month begins", () => {
    const year = archive.timeline.years.find((candidate) => candidate.year === 2016);
    assert.equal(year?.jumps.length, 12);
    assert.deepEqual(year?.jumps[0], { id: "month-01", label: "January 2016", count: 10, page: 1 });
    assert.deepEqual(
      archive.timeline.yearPages
        .filter((page) => page.year === 2016)
        .map((page) => pagedPath(page.list.paging.base, page.list.paging.number)),
      ["/timeline/2016/", "/timeline/2016/page/2/"],
    );
    assert.equal(year?.jumps.at(-1)?.page, 2, "December's ten start on page 2");
  });

  it("should put undated articles on their own pages, by headline", () => {
    const [page] = archive.timeline.undatedPages.map((undated) => undated.list);
    assert.equal(page?.paging.base, "/timeline/undated/");
    assert.equal(page?.sections[0]?.articles[0]?.title, "Undated 00");
  });

  it("should file names under their initial, accents ignored, and the rest under other", () => {
    const entities = buildArchive([
      makeRecord({
        slug: "e1",
        title: "One",
        extra: { people: [{ name: "Émile Zola", slug: "emile-zola", mentions: 1 }] },
      }),
      makeRecord({
        slug: "e2",
        title: "Two",
        extra: { people: [{ name: "Émile Zola", slug: "emile-zola", mentions: 1 }] },
      }),
      makeRecord({
        slug: "o1",
        title: "Three",
        extra: { organizations: [{ name: "3M", slug: "3m", mentions: 1 }] },
      }),
      makeRecord({
        slug: "o2",
        title: "Four",
        extra: { organizations: [{ name: "3M", slug: "3m", mentions: 1 }] },
      }),
    ]);
    assert.deepEqual(entities.entityLetters.person, [{ slug: "e", label: "E", count: 1 }]);
    assert.deepEqual(entities.entityLetters.organization, [{ slug: "other", label: "Other", count: 1 }]);
    assert.deepEqual(
      entities.entityLetterPages.map((page) => page.paging.base),
      ["/people/by-letter/e/", "/organizations/by-letter/other/"],
    );
  });
  it("should number a letter's second page from 101", () => {
    const people = Array.from({ length: rowsPerPage + 1 }, (_, index) => ({
      name: `Mira Person${String(index).padStart(3, "0")}`,
      slug: `mira-person${index}`,
      mentions: 1,
    }));
    const named = buildArchive(
      ["p1", "p2"].map((slug) => makeRecord({ slug, title: slug, extra: { people } })),
    );
    assert.deepEqual(
      named.entityLetterPages.map((page) => [page.paging.number, page.start, page.entities.length]),
      [
        [1, 1, rowsPerPage],
        [2, rowsPerPage + 1, 1],
      ],
    );
  });
});
