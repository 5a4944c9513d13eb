import assert from "node:assert/strict";
import { readdir, stat, truncate } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { RecordCache } from "../../src/ingest/recordCache.ts";
import { countTerms } from "../../src/ingest/termCounts.ts";
import { makeRecord } from "../support/makeRecord.ts";
import { tempFolder } from "../support/tempFolder.ts";

const today = "2026-12-02";

function articles(count: number, from = 0) {
  return Array.from({ length: count }, (_, index) =>
    makeRecord({ slug: `article-${from + index}`, title: `Article ${from + index} “quoted”` }),
  );
}

async function cacheFile(cacheDir: string): Promise<string> {
  const folder = path.join(cacheDir, "records");
  const [file] = await readdir(folder);
  return path.join(folder, file ?? "");
}

async function openWith(cacheDir: string, records: ReturnType<typeof articles>) {
  const cache = await RecordCache.open(cacheDir, today);
  const found = records.filter((record) => cache.get(record.sourcePath, record.contentHash) !== undefined);
  return { cache, found };
}

/** A fresh cache in `cacheDir` holding `records` with their word counts, saved. */
async function saveRecords(cacheDir: string, records: ReturnType<typeof articles>): Promise<void> {
  const cache = await RecordCache.open(cacheDir, today);
  for (const record of records) cache.put({ record, terms: countTerms(record) });
  await cache.save();
}

/** A cache holding `first`, to which a second build appended `added`; with the file's size before the append. */
async function savedThenAppended(
  cacheDir: string,
  first: ReturnType<typeof articles>,
  added: ReturnType<typeof articles>,
): Promise<{ file: string; sizeBefore: number }> {
  await saveRecords(cacheDir, first);
  const file = await cacheFile(cacheDir);
  const sizeBefore = (await stat(file)).size;
  const { cache } = await openWith(cacheDir, first);
  for (const record of added) cache.put({ record, terms: countTerms(record) });
  await cache.save();
  return { file, sizeBefore };
}

/** Reopens the cache and checks that it gives back every record and its word counts exactly. */
async function assertGivesBack(cacheDir: string, records: ReturnType<typeof articles>): Promise<void> {
  const reopened = await RecordCache.open(cacheDir, today);
  for (const record of records)
    assert.deepEqual(reopened.get(record.sourcePath, record.contentHash), {
      record,
      terms: countTerms(record),
    });
}

describe("the record cache", () => {
  it("should still give a record's long texts once another build has rewritten the file", async () => {
    const cacheDir = await tempFolder("records");
    const records = articles(4);
    await saveRecords(cacheDir, records);
    const [first] = records;
    assert.ok(first);
    const earlier = (await RecordCache.open(cacheDir, today)).get(
      first.sourcePath,
      first.contentHash,
    )?.record;
    // Every entry the other build does not use is stale: it rewrites the file, and renames it over this one.
    await saveRecords(cacheDir, articles(10, 100));
    assert.equal(earlier?.bodyHtml, first.bodyHtml);
    assert.equal(earlier?.text, first.text);
  });

  it("should give back every record and its word counts as they were put, long texts included", async () => {
    const cacheDir = await tempFolder("records");
    const records = articles(3);
    await saveRecords(cacheDir, records);
    await assertGivesBack(cacheDir, records);
  });

  it("should append what a build added instead of rewriting the file", async () => {
    const cacheDir = await tempFolder("records");
    const first = articles(20);
    await saveRecords(cacheDir, first);
    const file = await cacheFile(cacheDir);
    const before = await stat(file);
    const { cache: next } = await openWith(cacheDir, first);
    const [added] = articles(1, 20);
    assert.ok(added);
    next.put({ record: added, terms: countTerms(added) });
    await next.save();
    const after = await stat(file);
    assert.equal(after.ino, before.ino, "the file was replaced, not appended to");
    assert.ok(after.size < before.size * 1.2);
    assert.equal((await openWith(cacheDir, [...first, added])).found.length, 21);
  });

  it("should rewrite the file with only the records in use once many are stale", async () => {
    const cacheDir = await tempFolder("records");
    await saveRecords(cacheDir, articles(20));
    const kept = articles(5);
    const { cache: next } = await openWith(cacheDir, kept);
    await next.save();
    const { cache: third, found } = await openWith(cacheDir, articles(20));
    assert.equal(found.length, 5);
    await third.save();
  });

  it("should keep the whole batches of a file cut short by a killed build", async () => {
    const cacheDir = await tempFolder("records");
    const first = articles(10);
    const { file, sizeBefore } = await savedThenAppended(cacheDir, first, articles(2, 10));
    await truncate(file, sizeBefore + 10);
    assert.equal((await openWith(cacheDir, [...first, ...articles(2, 10)])).found.length, 10);
  });

  it("should rewrite, not append to, a log that ends in a batch cut short, so every text stays the right one", async () => {
    const cacheDir = await tempFolder("records");
    const first = articles(3);
    const added = articles(2, 10);
    const { file } = await savedThenAppended(cacheDir, first, added);
    // Killed while appending: the new batch's texts are cut short.
    await truncate(file, (await stat(file)).size - 10);
    const { cache: next } = await openWith(cacheDir, first);
    const later = articles(1, 20);
    for (const record of later) next.put({ record, terms: countTerms(record) });
    await next.save();
    await assertGivesBack(cacheDir, [...first, ...later]);
    assert.equal((await openWith(cacheDir, added)).found.length, 0);
  });

  it("should write a large archive in bounded batches, so that a cut keeps every whole batch before it", async () => {
    const cacheDir = await tempFolder("records");
    const records = articles(4_500);
    await saveRecords(cacheDir, records);
    await assertGivesBack(cacheDir, records);
    const file = await cacheFile(cacheDir);
    await truncate(file, (await stat(file)).size - 10);
    assert.equal((await openWith(cacheDir, records)).found.length, 4_000);
  });

  it("should not give back a record on or after the day it expires", async () => {
    const cacheDir = await tempFolder("records");
    const [record] = articles(1);
    assert.ok(record);
    const cache = await RecordCache.open(cacheDir, "2031-03-02");
    cache.put({ record, terms: countTerms(record), expires: "2031-03-03" });
    await cache.save();
    assert.ok((await RecordCache.open(cacheDir, "2031-03-02")).get(record.sourcePath, record.contentHash));
    assert.equal(
      (await RecordCache.open(cacheDir, "2031-03-03")).get(record.sourcePath, record.contentHash),
      undefined,
    );
  });
});
