import assert from "node:assert/strict";
import { cp, readdir, readFile, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { type ArticleRecord, ingestFolder } from "../../src/ingest/index.ts";
import { tempFolder } from "../support/tempFolder.ts";

const seeds = path.join(import.meta.dirname, "../../content");

async function seedArchive(): Promise<{ content: string; cacheDir: string }> {
  const root = await tempFolder("ingest");
  const content = path.join(root, "content");
  await cp(seeds, content, { recursive: true });
  return { content, cacheDir: path.join(root, "cache") };
}

describe("ingesting a folder", () => {
  it("should parse an unchanged file once and serve it from the cache after", async () => {
    const { content, cacheDir } = await seedArchive();
    const first = await ingestFolder(content, { cacheDir });
    const second = await ingestFolder(content, { cacheDir });
    assert.equal(first.cached, 0);
    assert.equal(second.cached, 5);
    assert.deepEqual(second.records, first.records);
  });

  it("should parse again, once its day has come, an article whose text date was in the future", async () => {
    const { content, cacheDir } = await seedArchive();
    await writeFile(
      path.join(content, "2020-01-01 launch.txt"),
      "Launch day arrives\n\nPublished: March 3, 2031\n\nThe rocket leaves the pad at dawn.\n",
    );
    const launch = (records: readonly ArticleRecord[]) =>
      records.find((record) => record.sourcePath === "2020-01-01 launch.txt")?.published;
    const before = await ingestFolder(content, { cacheDir, today: "2031-03-02" });
    assert.equal(launch(before.records), "2020-01-01");
    const stillBefore = await ingestFolder(content, { cacheDir, today: "2031-03-02" });
    assert.equal(stillBefore.cached, 6);
    const onTheDay = await ingestFolder(content, { cacheDir, today: "2031-03-03" });
    assert.equal(onTheDay.cached, 5);
    assert.equal(launch(onTheDay.records), "2031-03-03");
  });

  it("should take a file whose size and time it knows from the cache without reading it, as make does", async () => {
    const { content, cacheDir } = await seedArchive();
    const file = path.join(content, "000_bf2e55078a7757b2.txt");
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const name of await readdir(content)) await utimes(path.join(content, name), anHourAgo, anHourAgo);
    const first = await ingestFolder(content, { cacheDir });
    const original = await readFile(file);
    await writeFile(file, Buffer.alloc(original.length, "x"));
    await utimes(file, anHourAgo, anHourAgo);
    const second = await ingestFolder(content, { cacheDir });
    assert.equal(second.cached, 5);
    assert.deepEqual(second.records, first.records);
  });

  it("should know a touched file by its bytes and remember its new time for the next build", async () => {
    const { content, cacheDir } = await seedArchive();
    const file = path.join(content, "000_bf2e55078a7757b2.txt");
    const anHourAgo = new Date(Date.now() - 3_600_000);
    const aMinuteAgo = new Date(Date.now() - 60_000);
    for (const name of await readdir(content)) await utimes(path.join(content, name), anHourAgo, anHourAgo);
    await ingestFolder(content, { cacheDir });
    await utimes(file, aMinuteAgo, aMinuteAgo);
    assert.equal((await ingestFolder(content, { cacheDir })).cached, 5);
    const original = await readFile(file);
    await writeFile(file, Buffer.alloc(original.length, "x"));
    await utimes(file, aMinuteAgo, aMinuteAgo);
    assert.equal((await ingestFolder(content, { cacheDir })).cached, 5);
  });

  it("should parse a changed file again", async () => {
    const { content, cacheDir } = await seedArchive();
    await ingestFolder(content, { cacheDir });
    const file = path.join(content, "000_bf2e55078a7757b2.txt");
    await writeFile(file, (await readFile(file, "utf8")).replace("China lashes out", "Beijing lashes out"));
    const again = await ingestFolder(content, { cacheDir });
    assert.equal(again.cached, 4);
    assert.equal(again.records[0]?.title, "Beijing lashes out at German ambassador over cyber security");
  });

  it("should give the same records on worker threads as in one thread", async () => {
    const { content, cacheDir } = await seedArchive();
    const [seed] = await readdir(content);
    const text = await readFile(path.join(content, seed ?? ""), "utf8");
    for (let copy = 0; copy < 240; copy++)
      await writeFile(path.join(content, `copy-${copy}.txt`), `${text}\n${copy}`);
    const progress: number[] = [];
    const threaded = await ingestFolder(content, { threads: 2, onProgress: (done) => progress.push(done) });
    const single = await ingestFolder(content, { threads: 1 });
    assert.equal(threaded.records.length, 245);
    assert.deepEqual(threaded.records, single.records);
    assert.deepEqual(
      progress,
      Array.from({ length: 245 }, (_, at) => at + 1),
    );
    // With a cache the threads start one at a time: the second joins once many files turn out to need parsing.
    const growing = await ingestFolder(content, { threads: 2, cacheDir });
    assert.deepEqual(growing.records, single.records);
  });

  it("should report a bad file and keep the good ones", async () => {
    const { content } = await seedArchive();
    await writeFile(path.join(content, "empty.txt"), "");
    const result = await ingestFolder(content);
    assert.equal(result.records.length, 5);
    assert.deepEqual(
      result.problems.map((problem) => problem.message),
      ["empty.txt: file is empty: an article needs a headline and a body"],
    );
  });
});

describe("keeping URLs unique", () => {
  it("should keep the first of two articles that claim one slug and report the other", async () => {
    const { content } = await seedArchive();
    await writeFile(path.join(content, "a.md"), "---\ntitle: First\nslug: same-page\n---\nBody one.\n");
    await writeFile(path.join(content, "b.md"), "---\ntitle: Second\nslug: same-page\n---\nBody two.\n");
    const result = await ingestFolder(content);
    assert.equal(result.records.filter((record) => record.slug === "same-page").length, 1);
    assert.equal(result.records.find((record) => record.slug === "same-page")?.title, "First");
    assert.deepEqual(
      result.problems.map((problem) => problem.message),
      ['b.md: slug "same-page" is already the URL of a.md: give this article its own in front matter'],
    );
  });

  it("should not let a front matter slug climb out of the articles folder", async () => {
    const { content } = await seedArchive();
    await writeFile(path.join(content, "evil.md"), "---\ntitle: Evil\nslug: ../../index\n---\nBody.\n");
    const result = await ingestFolder(content);
    const evil = result.records.find((record) => record.sourcePath === "evil.md");
    assert.equal(evil?.url, "/articles/index/");
  });
});
