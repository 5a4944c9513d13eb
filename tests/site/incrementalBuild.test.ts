import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { readSearchLayout } from "../../src/search/indexShards.ts";
import { searchIndex } from "../../src/search/searchIndex.ts";
import { type BuildSiteResult, buildSite, resolveSiteConfig } from "../../src/site/index.ts";
import { assertSameSite } from "../support/sameSite.ts";
import { seedContentDir } from "../support/seedSite.ts";

// Two pages per search shard, so the five seeds (2014, 2015, 2017 and two undated) span several shards.
const shardPages = 2;
const site = resolveSiteConfig({}, {});

const addedArticle = `Kenya and Germany sign a cyber security pact

March 3, 2016

NAIROBI — Kenya and Germany signed an agreement on Thursday to share warnings about attacks on banks.

German officials said the deal would help Kenyan banks defend against ransomware.
`;

let workDir: string;
let contentDir: string;
let outDir: string;
let freshBuilds = 0;

const build = (): Promise<BuildSiteResult> =>
  buildSite({ contentDir, outDir, cacheDir: path.join(workDir, "cache"), site, shardPages });

/** An incremental build must leave exactly what a build from scratch of the same articles writes. */
async function assertSameAsFreshBuild(): Promise<BuildSiteResult> {
  freshBuilds++;
  const freshDir = path.join(workDir, `fresh-${freshBuilds}`);
  const fresh = await buildSite({
    contentDir,
    outDir: freshDir,
    cacheDir: path.join(freshDir, "..", `cache-${freshBuilds}`),
    site,
    shardPages,
  });
  await assertSameSite(outDir, freshDir);
  return fresh;
}

before(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-incremental-"));
  contentDir = path.join(workDir, "content");
  outDir = path.join(workDir, "site");
  await cp(seedContentDir, contentDir, { recursive: true });
  await build();
});

after(() => rm(workDir, { recursive: true, force: true }));

describe("an incremental build", () => {
  it("should split the seeds into several search shards", async () => {
    const layout = await readSearchLayout(outDir);
    assert.ok((layout?.merged.length ?? 0) >= 2);
  });

  it("should render only the page of an article whose change shows on no other page", async () => {
    const file = path.join(contentDir, "001_09a1f9c450bbeda3.txt");
    const original = await readFile(file, "utf8").catch(() => undefined);
    assert.ok(original !== undefined, "seed 001 is where the test expects it");
    const articles = path.join(outDir, "articles");
    const timesBefore = new Map(
      await Promise.all(
        (await readdir(articles)).map(
          async (slug) => [slug, (await stat(path.join(articles, slug, "index.html"))).mtimeMs] as const,
        ),
      ),
    );
    // An update date shows only on the article's own page: lists and related links show the publication date.
    await writeFile(file, `---\nupdated: 2016-01-05\n---\n${original}`);
    const result = await build();
    assert.equal(result.renderedPages, 1);
    assert.equal(result.renderedListPages, 0);
    const kept = await Promise.all(
      [...timesBefore].map(
        async ([slug, mtime]) => (await stat(path.join(articles, slug, "index.html"))).mtimeMs === mtime,
      ),
    );
    assert.equal(kept.filter(Boolean).length, timesBefore.size - 1);
    await assertSameAsFreshBuild();
  });

  it("should index only the shard an added article joins", async () => {
    await writeFile(path.join(contentDir, "kenya-pact.txt"), addedArticle);
    const result = await build();
    assert.equal(result.unchanged, false);
    // Germany's and the new year's pages change; China's, 2014's and the people's do not.
    assert.ok(result.renderedListPages > 0);
    assert.ok(result.renderedListPages < (await assertSameAsFreshBuild()).renderedListPages / 2);
    assert.equal(result.indexedShards, 1);
    assert.ok(result.reusedShards >= 2);
    await assertSameAsFreshBuild();
  });

  it("should find articles of every shard, the added one included", async () => {
    const results = await searchIndex(outDir, { query: "ransomware" });
    assert.equal(results[0]?.title, "Kenya and Germany sign a cyber security pact");
    assert.ok((await searchIndex(outDir, { query: "cyber" })).length >= 5);
  });

  it("should order results by date across shards, undated last both ways", async () => {
    for (const order of ["newest", "oldest"] as const) {
      const dates = (await searchIndex(outDir, { query: "China", order })).map((found) => found.published);
      const dated = dates.filter((date): date is string => date !== null);
      assert.deepEqual(dates, [
        ...dated.sort((a, b) => (order === "newest" ? b.localeCompare(a) : a.localeCompare(b))),
        ...dates.filter((date) => date === null),
      ]);
      assert.ok(dated.length >= 3 && dated.length < dates.length, `${order}: ${dates.join(", ")}`);
    }
  });

  it("should match a fresh build after an article is edited", async () => {
    const file = path.join(contentDir, "kenya-pact.txt");
    await writeFile(file, addedArticle.replace("ransomware", "phishing"));
    await build();
    await assertSameAsFreshBuild();
    assert.deepEqual(await searchIndex(outDir, { query: "ransomware" }), []);
  });

  it("should match a fresh build after an article is removed", async () => {
    await rm(path.join(contentDir, "kenya-pact.txt"));
    await build();
    await assertSameAsFreshBuild();
    assert.equal((await readdir(path.join(outDir, "articles"))).length, 5);
  });
});
