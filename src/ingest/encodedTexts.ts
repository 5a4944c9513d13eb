import { closeSync, readSync } from "node:fs";
import type { ArticleRecord } from "./schema.ts";

/** A record's two long fields: nine tenths of its bytes, which most builds never read. */
const longTextFields = ["bodyHtml", "text"] as const;
export type LongTextField = (typeof longTextFields)[number];

/**
 * A file holding long texts, open for reading: the record cache's file. It stays open while any record read from
 * it is reachable (a later build may have replaced the file by then), and is closed once none is.
 */
export class TextFile {
  private static readonly closer = new FinalizationRegistry<number>((fd) => {
    try {
      closeSync(fd);
    } catch {
      // Already closed: nothing is lost.
    }
  });

  constructor(readonly fd: number) {
    TextFile.closer.register(this, fd);
  }
}

/** Where a long field's UTF-8 JSON bytes, exactly as `JSON.stringify` writes them, lie in a `TextFile`. */
export interface StoredText {
  file: TextFile;
  offset: number;
  length: number;
}

export type StoredTexts = Record<LongTextField, StoredText>;

/** A record as the cache reads it: its long fields still on disk. */
export type StoredRecord = Omit<ArticleRecord, LongTextField> & StoredTexts;

const utf8Decoder = new TextDecoder();
const storedTextsOf = new WeakMap<ArticleRecord, StoredTexts>();

export function isLongTextField(key: string): key is LongTextField {
  return (longTextFields as readonly string[]).includes(key);
}

/** The UTF-8 bytes of a long field's JSON string, as the cache keeps them. */
export function longTextBytes(record: ArticleRecord, field: LongTextField): Buffer {
  return Buffer.from(JSON.stringify(record[field]));
}

/** Reads a stored text's bytes into `target` at `at`, or into a buffer of their own. */
export function readStoredText(text: StoredText, target = Buffer.allocUnsafe(text.length), at = 0): Buffer {
  for (let filled = 0; filled < text.length; ) {
    const read = readSync(text.file.fd, target, at + filled, text.length - filled, text.offset + filled);
    if (read === 0) throw new Error("a long text of the record cache ends early");
    filled += read;
  }
  return target;
}

/**
 * The record, its fields in the same order, with each long field read and decoded the first time it is read. A
 * build renders a few pages, so reading every body up front was most of the time taken to open the record cache;
 * `records.json` copies the stored bytes instead (`storedTexts`).
 */
export function decodeRecordLazily(stored: StoredRecord): ArticleRecord {
  const record: Record<string, unknown> = {};
  const texts = {} as StoredTexts;
  for (const [key, value] of Object.entries(stored)) {
    if (isLongTextField(key)) {
      texts[key] = value as StoredText;
      decodeOnFirstRead(record, key, value as StoredText);
    } else record[key] = value;
  }
  storedTextsOf.set(record as ArticleRecord, texts);
  return record as ArticleRecord;
}

function decodeOnFirstRead(record: object, field: LongTextField, text: StoredText): void {
  Object.defineProperty(record, field, {
    enumerable: true,
    configurable: true,
    get() {
      const value: unknown = JSON.parse(utf8Decoder.decode(readStoredText(text)));
      Object.defineProperty(record, field, { value, enumerable: true, writable: false, configurable: false });
      return value;
    },
  });
}

/** The same record with some short fields replaced, its long fields still on disk when they were. */
export function withFields(
  record: ArticleRecord,
  fields: Partial<Omit<ArticleRecord, LongTextField>>,
): ArticleRecord {
  const texts = storedTextsOf.get(record);
  if (texts === undefined) return { ...record, ...fields };
  const stored: Record<string, unknown> = {};
  for (const key of Object.keys(record))
    stored[key] = isLongTextField(key) ? texts[key] : record[key as keyof ArticleRecord];
  return decodeRecordLazily({ ...stored, ...fields } as StoredRecord);
}

/** Where the long fields of a record that came from the cache lie; undefined for one parsed this build. */
export function storedTexts(record: ArticleRecord): StoredTexts | undefined {
  return storedTextsOf.get(record);
}
