import { fstat as fstatFd, open as openFd, read as readFd } from "node:fs";
import { open } from "node:fs/promises";
import { promisify } from "node:util";
import { deserialize, serialize } from "node:v8";
import { writeAll } from "../runtime/writeAll.ts";
import {
  isLongTextField,
  type LongTextField,
  longTextBytes,
  readStoredText,
  type StoredRecord,
  type StoredText,
  TextFile,
} from "./encodedTexts.ts";
import type { FileSignature } from "./recordCache.ts";
import type { ArticleRecord } from "./schema.ts";
import type { TermCounts } from "./termCounts.ts";

// The record cache's file (`recordCache.ts`): a log of batches, appended to by each build that parsed articles.

/**
 * An entry: the record as read from the file, its long texts left there (`src/ingest/encodedTexts.ts`), or as
 * parsed by this run and not yet saved.
 */
export interface StoredParse {
  record: { stored: StoredRecord } | { parsed: ArticleRecord };
  terms: TermCounts;
  expires?: string;
  file?: FileSignature;
}

/** Entries by path and content hash. */
export type Entries = Map<string, StoredParse>;

/**
 * Entries per batch. A batch is held whole while it is written, and its entries are read whole: this bounds the
 * memory either takes.
 */
const entriesPerBatch = 2_000;

/**
 * What a batch keeps of an entry: its record's long texts as `[offset, length]` in the batch's texts. Two lengths
 * head a batch: of its entries (a structured clone) and of its texts (the UTF-8 bytes of each text's JSON).
 * Bytes, since the structured clone writes a string with any character past U+00FF (a curly quote) at two bytes a
 * character; JSON, so that `records.json` copies them without decoding. Opening the cache reads the entries only:
 * the texts, two thirds of the file, are read when a page or `records.json` needs them.
 */
type TextSpan = [offset: number, length: number];
type BatchEntry = Omit<StoredParse, "record"> & { record: Record<string, unknown> };
const headerBytes = 8;

/** Appends the entries (or writes a new file of them) as batches of the log. */
export async function writeBatches(
  file: string,
  entries: readonly [string, StoredParse][],
  flags: "w" | "a",
): Promise<void> {
  const handle = await open(file, flags);
  try {
    for (let start = 0; start < entries.length; start += entriesPerBatch) {
      const texts: Buffer[] = [];
      let textsLength = 0;
      const batch = entries
        .slice(start, start + entriesPerBatch)
        .map(([key, entry]): [string, BatchEntry] => {
          const record: Record<string, unknown> = {};
          for (const [field, value] of Object.entries(recordWithTexts(entry))) {
            if (isLongTextField(field)) {
              const bytes = textBytes(entry, field);
              record[field] = [textsLength, bytes.length] satisfies TextSpan;
              texts.push(bytes);
              textsLength += bytes.length;
            } else record[field] = value;
          }
          return [key, { ...entry, record }];
        });
      const body = serialize(batch);
      const header = Buffer.alloc(headerBytes);
      header.writeUInt32LE(body.length, 0);
      header.writeUInt32LE(textsLength, 4);
      // One write, so that a batch is never interleaved with another build's append.
      const bytes = Buffer.concat([header, body, ...texts]);
      await writeAll(handle, bytes);
    }
  } finally {
    await handle.close();
  }
}

function recordWithTexts({ record }: StoredParse): object {
  return "parsed" in record ? record.parsed : record.stored;
}

function textBytes({ record }: StoredParse, field: LongTextField): Buffer {
  return "parsed" in record ? longTextBytes(record.parsed, field) : readStoredText(record.stored[field]);
}

const readAt = promisify(readFd);

/**
 * The entries of every whole batch, later ones winning; a batch cut short or unreadable ends the log there. Reads
 * each batch's entries, a batch at a time, and leaves its texts in the file, which stays open for them.
 */
export async function readBatches(file: string): Promise<{ entries: Entries; whole: boolean }> {
  const entries: Entries = new Map();
  const fd = await promisify(openFd)(file, "r").catch(() => undefined);
  if (fd === undefined) return { entries, whole: true };
  // Closes the file once no record read from it is left.
  const texts = new TextFile(fd);
  let size = 0;
  let offset = 0;
  try {
    size = (await promisify(fstatFd)(fd)).size;
    const header = Buffer.alloc(headerBytes);
    while (offset + headerBytes <= size) {
      await readExactly(fd, header, offset);
      const textsStart = offset + headerBytes + header.readUInt32LE(0);
      const end = textsStart + header.readUInt32LE(4);
      if (end > size) break;
      // A buffer of its own for each batch: the typed arrays Node decodes (word counts) are views into it.
      const body = Buffer.allocUnsafe(textsStart - offset - headerBytes);
      await readExactly(fd, body, offset + headerBytes);
      for (const [key, entry] of deserialize(body) as [string, BatchEntry][]) {
        entries.set(key, { ...entry, record: { stored: storedRecord(entry.record, texts, textsStart) } });
      }
      offset = end;
    }
  } catch {
    // A batch that cannot be read or decoded ends the log there, like one cut short: the batches before it stand.
  }
  return { entries, whole: offset === size };
}

function storedRecord(record: Record<string, unknown>, file: TextFile, textsStart: number): StoredRecord {
  for (const [field, value] of Object.entries(record)) {
    if (isLongTextField(field)) {
      const [offset, length] = value as TextSpan;
      record[field] = { file, offset: textsStart + offset, length } satisfies StoredText;
    }
  }
  return record as StoredRecord;
}

/** Fills `buffer` from `position`: one read may return less; throws at the file's end. */
async function readExactly(fd: number, buffer: Buffer, position: number): Promise<void> {
  for (let filled = 0; filled < buffer.length; ) {
    const { bytesRead } = await readAt(fd, buffer, filled, buffer.length - filled, position + filled);
    if (bytesRead === 0) throw new Error("record cache ended early");
    filled += bytesRead;
  }
}
