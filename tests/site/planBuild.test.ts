import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type Archive, buildArchive } from "../../src/archive/index.ts";
import { listPageCount, planBuild, planSearch } from "../../src/site/planBuild.ts";
import { makeRecord } from "../support/makeRecord.ts";

/** Ten articles on China in 2016 and ten on Germany in 2014, plus two undated ones on both. */
const records = [
  ...Array.from({ length: 10 }, (_, index) =>
    makeRecord({
      slug: `cn-${index}`,
      title: `China story ${index}`,
      published: `2016-03-${String(index + 1).padStart(2, "0")}`,
      countries: ["CN"],
    }),
  ),
  ...Array.from({ length: 10 }, (_, index) =>
    makeRecord({
      slug: `de-${index}`,
      title: `Germany story ${index}`,
      published: `2014-07-${String(index + 1).padStart(2, "0")}`,
      countries: ["DE"],
    }),
  ),
  makeRecord({ slug: "undated-a", title: "Undated A", countries: ["CN", "DE"] }),
  makeRecord({ slug: "undated-b", title: "Undated B", countries: ["CN", "DE"] }),
];
const added = makeRecord({
  slug: "de-added",
  title: "Germany story added",
  published: "2014-07-20",
  countries: ["DE"],
});
const settings = { salt: "code-1", shardPages: 4 };

const keyedFiles = (archive: Archive) => {
  const plan = planBuild(archive, undefined, settings);
  return Object.keys(plan.pages).map((sitePath) => `${sitePath.slice(1)}index.html`);
};

describe("planBuild", () => {
  const archive = buildArchive(records);
  const full = planBuild(archive, undefined, settings);

  it("should render every keyed page and keep none when there is no previous build", () => {
    assert.equal(full.render.articlePages.length, records.length);
    assert.equal(full.keep.size, 0);
    assert.ok(full.render.countryPages.length >= 2);
    assert.ok(full.render.yearPages.length >= 2);
    assert.equal(full.render.undatedPages.length, 1);
    assert.equal(
      Object.keys(full.pages).length,
      records.length + listPageCount(full.render),
      "one fingerprint for every page it renders",
    );
  });

  it("should render nothing and keep every keyed page when nothing changed", () => {
    const again = planBuild(buildArchive(records), full.pages, settings);
    assert.equal(again.render.articlePages.length, 0);
    assert.equal(listPageCount(again.render), 0);
    assert.deepEqual([...again.keep].sort(), keyedFiles(archive).sort());
    assert.deepEqual(
      planSearch(buildArchive(records).articles, settings).shards.map((shard) => shard.id),
      planSearch(archive.articles, settings).shards.map((shard) => shard.id),
    );
  });

  it("should render only the pages an added article shows on", () => {
    const grown = planBuild(buildArchive([...records, added]), full.pages, settings);
    const rendered = (paths: readonly { list: { paging: { base: string } } }[]) =>
      new Set(paths.map((page) => page.list.paging.base));
    assert.ok(grown.render.articlePages.some((article) => article.record.slug === "de-added"));
    assert.ok(grown.render.articlePages.length < records.length / 2);
    assert.deepEqual(rendered(grown.render.countryPages), new Set(["/countries/germany/"]));
    assert.deepEqual(rendered(grown.render.yearPages), new Set(["/timeline/2014/"]));
    assert.ok(grown.keep.has("countries/china/index.html"));
    assert.ok(grown.keep.has("timeline/2016/index.html"));
    // cn-0 is the added article's neighbour in time, and its page links to it.
    assert.ok(grown.keep.has("articles/cn-5/index.html"));
  });

  it("should keep the search shards dated before an added article, and index the one it joins", () => {
    const grown = planSearch(buildArchive([...records, added]).articles, settings);
    const before = new Set(planSearch(archive.articles, settings).shards.map((shard) => shard.id));
    const olderThanAdded = grown.shards.filter((shard) =>
      shard.pages.every((page) => page.published !== undefined && page.published < "2014-07-20"),
    );
    assert.ok(olderThanAdded.length >= 2);
    assert.ok(olderThanAdded.every((shard) => before.has(shard.id)));
    const joined = grown.shards.find((shard) =>
      shard.pages.some((page) => page.url === "/articles/de-added/"),
    );
    assert.ok(joined && !before.has(joined.id));
  });

  it("should render everything again when the code or settings change", () => {
    const recoded = planBuild(buildArchive(records), full.pages, { ...settings, salt: "code-2" });
    assert.equal(recoded.render.articlePages.length, records.length);
    assert.equal(listPageCount(recoded.render), listPageCount(full.render));
    assert.equal(recoded.keep.size, 0);
  });

  it("should render every page of a long list when what all its pages show changes, not only the page that gains a row", () => {
    const china = Array.from({ length: 205 }, (_, index) =>
      makeRecord({
        slug: `long-${index}`,
        title: `Long list story ${index}`,
        published: `2016-05-${String((index % 28) + 1).padStart(2, "0")}`,
        countries: ["CN"],
      }),
    );
    const before = planBuild(buildArchive(china), undefined, settings);
    const oldest = makeRecord({
      slug: "oldest",
      title: "Oldest",
      published: "2010-01-01",
      countries: ["CN"],
    });
    const grown = planBuild(buildArchive([...china, oldest]), before.pages, settings);
    const rendered = grown.render.countryPages.map((page) => page.list.paging.number).sort();
    assert.deepEqual(rendered, [1, 2, 3], "each page shows the country's article count and years");
  });
});
