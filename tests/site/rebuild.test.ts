import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { ArticleRecord } from "../../src/ingest/index.ts";
import { addArticles } from "../../src/ingest/index.ts";
import { searchIndex } from "../../src/search/searchIndex.ts";
import { type BuildSiteResult, buildSite, resolveSiteConfig } from "../../src/site/index.ts";
import { readJson, readPage, texts } from "../support/readSite.ts";
import { seedContentDir } from "../support/seedSite.ts";

const newArticle = `Kenya and Germany sign a cyber security pact

March 3, 2016

NAIROBI — Kenya and Germany signed an agreement on Thursday to share warnings about attacks on banks, the first such pact between a European and an East African government.

German officials said the deal would help Kenyan banks defend against ransomware.
`;

let workDir: string;
let contentDir: string;
let outDir: string;
let cacheDir: string;
const site = resolveSiteConfig({}, {});

const build = (): Promise<BuildSiteResult> => buildSite({ contentDir, outDir, cacheDir, site });

/** Every article URL in the built site with the headline its page shows. */
async function headlinesByUrl(): Promise<Map<string, string>> {
  const records = await readJson<ArticleRecord[]>(outDir, "records.json");
  const entries = await Promise.all(
    records.map(
      async (record) =>
        [record.url, texts(await readPage(outDir, record.url), "article h1")[0] ?? ""] as const,
    ),
  );
  return new Map(entries);
}

before(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-rebuild-"));
  contentDir = path.join(workDir, "content");
  outDir = path.join(workDir, "site");
  cacheDir = path.join(workDir, "cache");
  await cp(seedContentDir, contentDir, { recursive: true });
  await build();
});

after(() => rm(workDir, { recursive: true, force: true }));

describe("rebuilding after a change", () => {
  it("should do nothing when nothing changed, keeping every file as it was", async () => {
    const home = await stat(path.join(outDir, "index.html"));
    const result = await build();
    assert.equal(result.unchanged, true);
    assert.equal((await stat(path.join(outDir, "index.html"))).mtimeMs, home.mtimeMs);
  });

  it("should tell that nothing changed from file names, sizes and times alone, without reading the articles", async () => {
    await rm(path.join(cacheDir, "records"), { recursive: true, force: true });
    const result = await build();
    assert.equal(result.unchanged, true);
    await assert.rejects(stat(path.join(cacheDir, "records")));
  });

  it("should build the whole site again, not fail, when the last build's state in the cache is cut short", async () => {
    const [state] = await readdir(path.join(cacheDir, "builds"));
    assert.ok(state);
    await writeFile(path.join(cacheDir, "builds", state), '{"code":"');
    const result = await build();
    assert.equal(result.unchanged, false);
    assert.equal(result.articleCount, 5);
    assert.equal((await readdir(path.join(outDir, "articles"))).length, 5);
    assert.equal((await build()).unchanged, true);
  });

  it("should still see a change that keeps a file's size", async () => {
    const file = path.join(contentDir, "000_bf2e55078a7757b2.txt");
    const original = await readFile(file, "utf8");
    await writeFile(file, original.replace("China lashes out", "China lashes OUT"));
    const result = await build();
    assert.equal(result.unchanged, false);
    assert.match(await readFile(path.join(outDir, "records.json"), "utf8"), /China lashes OUT/);
    await writeFile(file, original);
    await build();
  });

  it("should show an added article on its page, its country pages, the timeline and in search", async () => {
    const before = await headlinesByUrl();
    await writeFile(path.join(workDir, "kenya-pact.txt"), newArticle);
    const [added] = await addArticles([path.join(workDir, "kenya-pact.txt")], contentDir);
    assert.equal(added?.kind, "added");
    const url = added?.kind === "added" ? added.record.url : "";
    const result = await build();
    assert.equal(result.unchanged, false);

    assert.deepEqual(texts(await readPage(outDir, url), "article h1"), [
      "Kenya and Germany sign a cyber security pact",
    ]);
    assert.ok(
      texts(await readPage(outDir, "/countries/kenya/"), ".article-list-title").includes(
        "Kenya and Germany sign a cyber security pact",
      ),
    );
    assert.equal(texts(await readPage(outDir, "/countries/germany/"), ".article-list-title").length, 3);
    assert.ok(
      texts(await readPage(outDir, "/timeline/2016/"), ".article-list-title").includes(
        "Kenya and Germany sign a cyber security pact",
      ),
    );
    const results = await searchIndex(outDir, { query: "ransomware" });
    assert.deepEqual(
      results.map((found) => found.url),
      [url],
    );

    const afterAdding = await headlinesByUrl();
    for (const [oldUrl, headline] of before)
      assert.equal(afterAdding.get(oldUrl), headline, `${oldUrl} changed`);
  });

  it("should keep the modification time of pages the change did not touch", async () => {
    const untouchedBefore = await stat(path.join(outDir, "timeline/2017/index.html"));
    await writeFile(path.join(contentDir, "kenya-pact.txt"), newArticle.replace("ransomware", "phishing"));
    await build();
    const untouchedAfter = await stat(path.join(outDir, "timeline/2017/index.html"));
    assert.equal(untouchedAfter.mtimeMs, untouchedBefore.mtimeMs);
  });

  it("should remove a deleted article's page, list entries and search results", async () => {
    const records = await readJson<ArticleRecord[]>(outDir, "records.json");
    const kenya = records.find((record) => record.sourcePath === "kenya-pact.txt");
    assert.ok(kenya);
    await rm(path.join(contentDir, "kenya-pact.txt"));
    await build();
    await assert.rejects(stat(path.join(outDir, kenya.url, "index.html")));
    await assert.rejects(stat(path.join(outDir, "countries/kenya/index.html")));
    assert.equal(texts(await readPage(outDir, "/countries/germany/"), ".article-list-title").length, 2);
    assert.deepEqual(await searchIndex(outDir, { query: "phishing" }), []);
    assert.equal((await readdir(path.join(outDir, "articles"))).length, 5);
  });

  it("should date an article once the day its text gives has come, though no file changed", async () => {
    const file = path.join(contentDir, "2020-01-01 launch.txt");
    await writeFile(
      file,
      "Launch day arrives\n\nPublished: March 3, 2031\n\nThe rocket leaves the pad at dawn.\n",
    );
    const buildOn = (today: string) => buildSite({ contentDir, outDir, cacheDir, site, today });
    const launch = async () => {
      const records = await readJson<ArticleRecord[]>(outDir, "records.json");
      const record = records.find((candidate) => candidate.sourcePath === "2020-01-01 launch.txt");
      assert.ok(record);
      const page = await readPage(outDir, record.url);
      return {
        published: record.published,
        shown: page.querySelector(".article-dates time")?.getAttribute("datetime"),
      };
    };
    await buildOn("2031-03-02");
    assert.deepEqual(await launch(), { published: "2020-01-01", shown: "2020-01-01" });
    assert.equal((await buildOn("2031-03-02")).unchanged, true);
    assert.equal((await buildOn("2031-03-03")).unchanged, false);
    assert.deepEqual(await launch(), { published: "2031-03-03", shown: "2031-03-03" });
    assert.equal((await buildOn("2031-03-04")).unchanged, true);
    await rm(file);
    await build();
  });
});
