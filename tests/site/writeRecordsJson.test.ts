import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { storedTexts, withFields } from "../../src/ingest/encodedTexts.ts";
import { RecordCache } from "../../src/ingest/recordCache.ts";
import type { ArticleRecord } from "../../src/ingest/schema.ts";
import { countTerms } from "../../src/ingest/termCounts.ts";
import { writeRecordsJson } from "../../src/site/writeRecordsJson.ts";
import { makeRecord } from "../support/makeRecord.ts";
import { tempFolder } from "../support/tempFolder.ts";

/** Records whose long texts need escaping in JSON: quotes, a backslash, a line separator, markup and an emoji. */
function awkwardRecords(): ArticleRecord[] {
  const first = makeRecord({ slug: "first", title: "A “quoted” headline", published: "2015-04-14" });
  const second = makeRecord({ slug: "second", title: "Undated", extra: { dek: "Dek with \\ backslash" } });
  return [
    { ...first, bodyHtml: '<p class="x">Line\u2028break, tab\t and 🚀</p>', text: 'Say "hi"\nthen \\ leave' },
    { ...second, bodyHtml: "", text: "\u0000 nul and </script>" },
  ];
}

/** The records as a later build reads them from the record cache: their long texts still in the cache's file. */
async function throughCache(records: readonly ArticleRecord[]): Promise<ArticleRecord[]> {
  const cacheDir = await tempFolder("records-json-cache");
  const cache = await RecordCache.open(cacheDir, "2030-01-01");
  for (const record of records) cache.put({ record, terms: countTerms(record) });
  await cache.save();
  const reopened = await RecordCache.open(cacheDir, "2030-01-01");
  return records.map((record) => {
    const cached = reopened.get(record.sourcePath, record.contentHash)?.record;
    assert.ok(cached && storedTexts(cached), `${record.sourcePath} should come from the cache's file`);
    return cached;
  });
}

async function writtenJson(records: readonly ArticleRecord[]): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), "newsarchive-records-json-"));
  try {
    const file = path.join(folder, "records.json");
    await writeRecordsJson(file, records);
    return await readFile(file, "utf8");
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

describe("records.json", () => {
  it("should hold the bytes of JSON.stringify for records parsed now, from the cache, or given a new URL", async () => {
    const records = awkwardRecords();
    const [first, second] = await throughCache(records);
    assert.ok(first && second);
    const moved = withFields(second, { url: "/articles/2015/second/" });
    const plain = [records[0], records[1], { ...records[1], url: "/articles/2015/second/" }];
    assert.equal(
      await writtenJson([first, records[1] as ArticleRecord, moved]),
      `${JSON.stringify(plain)}\n`,
    );
  });
});

describe("records.json of a large archive", () => {
  it("should copy texts longer than its write buffer, and texts that cross it, byte for byte", async () => {
    const long = makeRecord({ slug: "long", title: "Long" });
    const many = Array.from({ length: 60 }, (_, index) => {
      const record = makeRecord({ slug: `piece-${index}`, title: `Piece ${index}` });
      return { ...record, text: `${index} ${"“words” and more ".repeat(2_000)}` };
    });
    const records = [
      ...many.slice(0, 30),
      { ...long, bodyHtml: `<p>${"é🚀\n".repeat(600_000)}</p>` },
      ...many.slice(30),
    ];
    assert.equal(await writtenJson(await throughCache(records)), `${JSON.stringify(records)}\n`);
  });
});

describe("a record read from the cache", () => {
  it("should give back its long texts as they were, with its fields in the same order", async () => {
    const records = awkwardRecords();
    for (const [index, decoded] of (await throughCache(records)).entries()) {
      const record = records[index] as ArticleRecord;
      assert.deepEqual(Object.keys(decoded), Object.keys(record));
      assert.equal(decoded.bodyHtml, record.bodyHtml);
      assert.equal(decoded.text, record.text);
      assert.deepEqual(decoded, record);
    }
  });

  it("should keep its field order and other fields when its URL is replaced", async () => {
    const [record] = awkwardRecords();
    const [cached] = await throughCache(awkwardRecords());
    assert.ok(record && cached);
    const moved = withFields(cached, { url: "/articles/elsewhere/" });
    assert.deepEqual(Object.keys(moved), Object.keys(record));
    assert.deepEqual(moved, { ...record, url: "/articles/elsewhere/" });
  });
});
