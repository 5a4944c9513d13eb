import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { recordsOf } from "../../scripts/bench/recordsJsonStream.ts";
import { writeRecordsJson } from "../../src/site/writeRecordsJson.ts";
import { makeRecord } from "../support/makeRecord.ts";

describe("reading records.json one record at a time", () => {
  it("should give every record as parsing the whole file does, across chunk boundaries", async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), "newsarchive-records-json-"));
    try {
      // Bodies longer than a read chunk, full of what could be mistaken for the end of a record.
      const tricky = 'a "quoted} {brace" \\ back\\slash } ] , “curly” — 中文 😀 '.repeat(3_000);
      const records = Array.from({ length: 5 }, (_, index) =>
        makeRecord({
          slug: `article-${index}`,
          title: `Article ${index} }{"`,
          extra: { text: `${tricky}${index}` },
        }),
      );
      const file = path.join(folder, "records.json");
      await writeRecordsJson(file, records);
      const streamed: unknown[] = [];
      for await (const record of recordsOf(file)) streamed.push(record);
      assert.deepEqual(streamed, JSON.parse(await readFile(file, "utf8")));
      assert.equal(streamed.length, 5);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("should refuse a file cut inside a record", async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), "newsarchive-records-json-"));
    try {
      const file = path.join(folder, "records.json");
      await writeFile(file, '[{"id":"a"},{"id":"b"');
      await assert.rejects(async () => {
        for await (const _record of recordsOf(file));
      }, /ends inside a record/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
