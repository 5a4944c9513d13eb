import { createReadStream } from "node:fs";

const quote = 0x22;
const backslash = 0x5c;
const openBrace = 0x7b;
const closeBrace = 0x7d;

/**
 * Each record of a `records.json` file, parsed one at a time. At 100,000 articles the file is longer than the
 * longest string JavaScript can hold, so it cannot be read and parsed whole. Written by hand rather than with a
 * streaming JSON library because the file is always a flat array of objects, written by `writeRecordsJson`: a
 * record ends where its braces balance outside strings, and in UTF-8 no byte of a multi-byte character can be
 * taken for a quote, a backslash or a brace.
 */
export async function* recordsOf(file: string): AsyncGenerator<unknown> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let partial: Buffer[] = [];
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let at = 0; at < chunk.length; at++) {
      const byte = chunk[at];
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === backslash) escaped = true;
        else if (byte === quote) inString = false;
      } else if (byte === quote) inString = true;
      else if (byte === openBrace && depth++ === 0) start = at;
      else if (byte === closeBrace && --depth === 0) {
        partial.push(chunk.subarray(start, at + 1));
        yield JSON.parse(Buffer.concat(partial).toString("utf8"));
        partial = [];
      }
    }
    if (depth > 0) partial.push(chunk.subarray(start));
  }
  if (depth !== 0 || inString) throw new Error(`${file} ends inside a record`);
}
