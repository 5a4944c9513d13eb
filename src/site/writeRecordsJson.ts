import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { encodedTexts, isLongTextField } from "../ingest/encodedTexts.ts";
import type { ArticleRecord } from "../ingest/schema.ts";

/**
 * Writes every record, exactly as `newsarchive parse` prints it, to `file`: the bytes of
 * `JSON.stringify(records)` and a newline, one record at a time, since a large archive's JSON is longer than
 * the longest string JavaScript can hold.
 */
export async function writeRecordsJson(file: string, records: readonly ArticleRecord[]): Promise<void> {
  // With the default 16 KB buffer, each 16 KB waited for its own round trip through libuv's threads: 180 MB at
  // 10,000 articles took seconds, most of them waiting.
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  const write = async (chunk: string | Uint8Array) => {
    if (!out.write(chunk)) await once(out, "drain");
  };
  await write("[");
  for (const [index, record] of records.entries()) {
    if (index > 0) await write(",");
    for (const chunk of recordJson(record)) await write(chunk);
  }
  await write("]\n");
  out.end();
  await finished(out);
}

/**
 * The bytes of `JSON.stringify(record)`, in pieces. A record from the cache still holds its long texts as JSON
 * bytes: they are copied as they are, never decoded.
 */
function* recordJson(record: ArticleRecord): Generator<string | Uint8Array> {
  const texts = encodedTexts(record);
  if (texts === undefined) {
    yield JSON.stringify(record);
    return;
  }
  let pending = "{";
  let separator = "";
  for (const key of Object.keys(record)) {
    const field = `${separator}${JSON.stringify(key)}:`;
    if (isLongTextField(key)) {
      yield `${pending}${field}`;
      yield texts[key];
      pending = "";
    } else {
      // JSON.stringify leaves out a field whose value is undefined.
      const value = JSON.stringify(record[key as keyof ArticleRecord]);
      if (value === undefined) continue;
      pending += `${field}${value}`;
    }
    separator = ",";
  }
  yield `${pending}}`;
}
