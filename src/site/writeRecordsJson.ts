import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import type { ArticleRecord } from "../ingest/schema.ts";

/**
 * Writes every record, exactly as `newsarchive parse` prints it, to `file`: the bytes of
 * `JSON.stringify(records)` and a newline, one record at a time, since a large archive's JSON is longer than
 * the longest string JavaScript can hold.
 */
export async function writeRecordsJson(file: string, records: readonly ArticleRecord[]): Promise<void> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write("[");
  for (const [index, record] of records.entries())
    await write(`${index === 0 ? "" : ","}${JSON.stringify(record)}`);
  await write("]\n");
  out.end();
  await finished(out);
}
