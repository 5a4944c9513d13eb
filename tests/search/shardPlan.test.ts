import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { layoutSearch, primaryBundlePath, shardBundlePath } from "../../src/search/searchLayout.ts";
import { planShards, type SearchablePage, shardPageLimit } from "../../src/search/shardPlan.ts";

function page(name: string, published?: string): SearchablePage {
  return {
    url: `/articles/${name}/`,
    file: `articles/${name}/index.html`,
    published,
    fingerprint: `${name}@1`,
  };
}

/** `count` pages published on successive days from `start` (YYYY-MM-DD). */
function pagesFrom(prefix: string, start: string, count: number): SearchablePage[] {
  const first = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) =>
    page(`${prefix}-${index}`, new Date(first + index * 86_400_000).toISOString().slice(0, 10)),
  );
}

const urlsOf = (pages: readonly SearchablePage[]) => pages.map((entry) => entry.url);

describe("planShards", () => {
  it("should keep an archive that fits in one shard, undated pages included, in exactly one", () => {
    const pages = [page("b", "2014-06-06"), page("undated"), page("a", "2013-01-01")];
    const shards = planShards(pages, 10);
    assert.equal(shards.length, 1);
    assert.deepEqual(urlsOf(shards[0]?.pages ?? []), ["/articles/a/", "/articles/b/", "/articles/undated/"]);
    assert.equal(planShards([], 10).length, 1);
  });

  it("should pack whole years, oldest first, and put undated pages in shards of their own", () => {
    const pages = [
      ...pagesFrom("y2010", "2010-03-01", 4),
      ...pagesFrom("y2011", "2011-03-01", 4),
      ...pagesFrom("y2012", "2012-03-01", 3),
      page("undated-1"),
      page("undated-2"),
    ];
    const shards = planShards(pages, 8);
    assert.deepEqual(
      shards.map((shard) => [shard.dated, shard.pages.length]),
      [
        [true, 8],
        [true, 3],
        [false, 2],
      ],
    );
    assert.ok(shards[0]?.pages.every((entry) => /^201[01]/.test(entry.published ?? "")));
  });

  it("should split a year too big for one shard into months, never splitting a day", () => {
    const sameDay = Array.from({ length: 5 }, (_, index) => page(`busy-${index}`, `2015-02-10T0${index}:00`));
    const pages = [...pagesFrom("jan", "2015-01-01", 3), ...sameDay, ...pagesFrom("mar", "2015-03-01", 3)];
    const shards = planShards(pages, 4);
    for (const shard of shards) {
      const days = new Set(shard.pages.map((entry) => entry.published?.slice(0, 10)));
      assert.ok(
        !days.has("2015-02-10") || shard.pages.filter((entry) => entry.url.includes("busy")).length === 5,
      );
    }
    assert.deepEqual(
      shards.map((shard) => shard.pages.length),
      [3, 5, 3],
    );
  });

  it("should change only the shard an added article joins", () => {
    const pages = [
      ...pagesFrom("y2010", "2010-03-01", 5),
      ...pagesFrom("y2011", "2011-03-01", 5),
      ...pagesFrom("y2012", "2012-03-01", 5),
    ];
    const before = planShards(pages, 7);
    const after = planShards([...pages, page("added", "2011-07-01")], 7);
    assert.equal(after.length, before.length);
    const changed = after.filter((shard, index) => shard.id !== before[index]?.id);
    assert.deepEqual(
      changed.map((shard) => shard.pages.some((entry) => entry.url === "/articles/added/")),
      [true],
    );
  });

  it("should give equal pages equal ids, whatever their order, and a changed page a new id", () => {
    const pages = pagesFrom("p", "2010-01-01", 5);
    assert.deepEqual(planShards(pages, 10), planShards([...pages].reverse(), 10));
    const edited = pages.map((entry, index) => (index === 2 ? { ...entry, fingerprint: "edited" } : entry));
    assert.notEqual(planShards(edited, 10)[0]?.id, planShards(pages, 10)[0]?.id);
  });
});

describe("shardPageLimit", () => {
  it("should stay put as an archive grows, doubling only past a bound", () => {
    assert.equal(shardPageLimit(10), shardPageLimit(10_000));
    assert.equal(shardPageLimit(100_000), shardPageLimit(100_001));
    assert.ok(shardPageLimit(100_000) > shardPageLimit(10_000));
    assert.ok(100_000 / shardPageLimit(100_000) <= 32);
  });
});

describe("layoutSearch", () => {
  const pages = [
    ...pagesFrom("old", "2001-05-01", 3),
    ...pagesFrom("mid", "2005-05-01", 3),
    ...pagesFrom("new", "2009-05-01", 3),
    page("undated-1"),
    page("undated-2"),
  ];
  const shards = planShards(pages, 3);
  const layout = layoutSearch(shards);
  const bundles = [layout.primary, ...layout.merged];

  /**
   * Pagefind's merge of sorted results, as measured: within a shard, with its sentinel, "newest" scores run from
   * the shard's size down to 1 and "oldest" scores from -1 down to -size; every score is multiplied by the
   * shard's weight, and all results are then ordered by score alone.
   */
  function mergedOrder(order: "newest" | "oldest"): string[] {
    const scored = shards.flatMap((shard) => {
      const bundle = bundles.find((candidate) => candidate.shardId === shard.id);
      const weight = (order === "newest" ? bundle?.newestWeight : bundle?.oldestWeight) ?? Number.NaN;
      const ranked = order === "newest" ? [...shard.pages].reverse() : shard.pages;
      return ranked.map((entry, rank) => ({
        url: entry.url,
        score: (order === "newest" ? shard.pages.length - rank : -(rank + 1)) * weight,
      }));
    });
    return scored.sort((a, b) => b.score - a.score).map((entry) => entry.url);
  }

  it("should make the newest dated shard the primary bundle and serve the others under it", () => {
    assert.equal(layout.primary.path, primaryBundlePath);
    assert.equal(layout.primary.shardId, shards[2]?.id);
    assert.deepEqual(
      layout.merged.map((bundle) => bundle.path),
      shards.filter((shard) => shard !== shards[2]).map((shard) => shardBundlePath(shard.id)),
    );
  });

  it("should keep date order across shards, newest first, undated last", () => {
    const order = mergedOrder("newest");
    const dated = [...pages.slice(0, 9)].reverse().map((entry) => entry.url);
    assert.deepEqual(order.slice(0, 9), dated);
    assert.deepEqual(order.slice(9).sort(), ["/articles/undated-1/", "/articles/undated-2/"]);
  });

  it("should keep date order across shards, oldest first, undated last", () => {
    const order = mergedOrder("oldest");
    assert.deepEqual(
      order.slice(0, 9),
      pages.slice(0, 9).map((entry) => entry.url),
    );
    assert.deepEqual(order.slice(9).sort(), ["/articles/undated-1/", "/articles/undated-2/"]);
  });

  it("should leave a single shard unweighted", () => {
    const single = layoutSearch(planShards(pages, 100));
    assert.deepEqual(
      [single.primary.newestWeight, single.primary.oldestWeight, single.merged.length],
      [1, 1, 0],
    );
  });
});
