import type { ArticleRecord } from "./schema.ts";

/** A record's two long fields: nine tenths of its bytes, which most builds never read. */
const longTextFields = ["bodyHtml", "text"] as const;
export type LongTextField = (typeof longTextFields)[number];

/** Each long field as the UTF-8 bytes of its JSON string, exactly as `JSON.stringify` writes it. */
export type EncodedTexts = Record<LongTextField, Uint8Array>;

/** A record with its long fields encoded, as the record cache keeps it. */
export type EncodedRecord = Omit<ArticleRecord, LongTextField> & EncodedTexts;

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();
const encodedTextsOf = new WeakMap<ArticleRecord, EncodedTexts>();

export function isLongTextField(key: string): key is LongTextField {
  return (longTextFields as readonly string[]).includes(key);
}

export function encodeRecord(record: ArticleRecord): EncodedRecord {
  const encoded = { ...record } as unknown as EncodedRecord;
  for (const field of longTextFields) encoded[field] = utf8Encoder.encode(JSON.stringify(record[field]));
  return encoded;
}

/**
 * The record, its fields in the same order, with each long field decoded the first time it is read. A build
 * renders a few pages, so decoding every body up front (and collecting the strings again) was most of the time
 * taken to open the record cache; `records.json` copies the encoded bytes instead (`encodedTexts`).
 */
export function decodeRecordLazily(encoded: EncodedRecord): ArticleRecord {
  const record: Record<string, unknown> = {};
  const texts = {} as EncodedTexts;
  for (const [key, value] of Object.entries(encoded)) {
    if (isLongTextField(key)) {
      texts[key] = value as Uint8Array;
      decodeOnFirstRead(record, key, value as Uint8Array);
    } else record[key] = value;
  }
  encodedTextsOf.set(record as ArticleRecord, texts);
  return record as ArticleRecord;
}

function decodeOnFirstRead(record: object, field: LongTextField, bytes: Uint8Array): void {
  Object.defineProperty(record, field, {
    enumerable: true,
    configurable: true,
    get() {
      const value: unknown = JSON.parse(utf8Decoder.decode(bytes));
      Object.defineProperty(record, field, { value, enumerable: true, writable: false, configurable: false });
      return value;
    },
  });
}

/** The same record with some short fields replaced, its long fields still encoded when they were. */
export function withFields(
  record: ArticleRecord,
  fields: Partial<Omit<ArticleRecord, LongTextField>>,
): ArticleRecord {
  const texts = encodedTextsOf.get(record);
  if (texts === undefined) return { ...record, ...fields };
  const encoded: Record<string, unknown> = {};
  for (const key of Object.keys(record))
    encoded[key] = isLongTextField(key) ? texts[key] : record[key as keyof ArticleRecord];
  return decodeRecordLazily({ ...encoded, ...fields } as EncodedRecord);
}

/** The encoded long fields of a record that came from the cache; undefined for one parsed this build. */
export function encodedTexts(record: ArticleRecord): EncodedTexts | undefined {
  return encodedTextsOf.get(record);
}
