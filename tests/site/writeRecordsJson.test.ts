import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { decodeRecordLazily, encodeRecord, withFields } from "../../src/ingest/encodedTexts.ts";
import type { ArticleRecord } from "../../src/ingest/schema.ts";
import { writeRecordsJson } from "../../src/site/writeRecordsJson.ts";
import { makeRecord } from "../support/makeRecord.ts";

/** Records whose long texts need escaping in JSON: quotes, a backslash, a line separator, markup and an emoji. */
function awkwardRecords(): ArticleRecord[] {
  const first = makeRecord({ slug: "first", title: "A “quoted” headline", published: "2015-04-14" });
  const second = makeRecord({ slug: "second", title: "Undated", extra: { dek: "Dek with \\ backslash" } });
  return [
    { ...first, bodyHtml: '<p class="x">Line\u2028break, tab\t and 🚀</p>', text: 'Say "hi"\nthen \\ leave' },
    { ...second, bodyHtml: "", text: "\u0000 nul and </script>" },
  ];
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
    const [first, second] = records.map((record) => decodeRecordLazily(encodeRecord(record)));
    assert.ok(first && second);
    const moved = withFields(second, { url: "/articles/2015/second/" });
    const plain = [records[0], records[1], { ...records[1], url: "/articles/2015/second/" }];
    assert.equal(
      await writtenJson([first, records[1] as ArticleRecord, moved]),
      `${JSON.stringify(plain)}\n`,
    );
  });
});

describe("a record read from the cache", () => {
  it("should give back its long texts as they were, with its fields in the same order", () => {
    for (const record of awkwardRecords()) {
      const decoded = decodeRecordLazily(encodeRecord(record));
      assert.deepEqual(Object.keys(decoded), Object.keys(record));
      assert.equal(decoded.bodyHtml, record.bodyHtml);
      assert.equal(decoded.text, record.text);
      assert.deepEqual(decoded, record);
    }
  });

  it("should keep its field order and other fields when its URL is replaced", () => {
    const [record] = awkwardRecords();
    assert.ok(record);
    const moved = withFields(decodeRecordLazily(encodeRecord(record)), { url: "/articles/elsewhere/" });
    assert.deepEqual(Object.keys(moved), Object.keys(record));
    assert.deepEqual(moved, { ...record, url: "/articles/elsewhere/" });
  });
});
