import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { ArticleRecord } from "./schema.ts";

const ingestDir = path.dirname(fileURLToPath(import.meta.url));

/**
 * Identifies the parser: its own source files and the locked dependency versions. Any change to either
 * invalidates every cached record, so a stale parse can never be served.
 */
async function parserFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  const sources = (await readdir(ingestDir, { recursive: true }))
    .filter((file) => file.endsWith(".ts"))
    .sort();
  for (const source of sources) hash.update(source).update(await readFile(path.join(ingestDir, source)));
  const lockFile = await readFile(path.join(ingestDir, "../../package-lock.json")).catch(() => "");
  return hash.update(lockFile).digest("hex").slice(0, 16);
}

/** A parsed record and, when parsing depended on the day, the day (`YYYY-MM-DD`) from which it is stale. */
export interface CachedParse {
  record: ArticleRecord;
  expires?: string;
}

/**
 * How an entry is kept on disk: the two long texts as UTF-8 bytes, since the structured clone writes a string
 * with any character past U+00FF (a curly quote) at two bytes a character, doubling the file and its read.
 */
interface StoredParse {
  record: Omit<ArticleRecord, "bodyHtml" | "text"> & { bodyHtml: Uint8Array; text: Uint8Array };
  expires?: string;
}

type Entries = Map<string, StoredParse>;

const utf8Decoder = new TextDecoder();
const utf8Encoder = new TextEncoder();

function toStored({ record, expires }: CachedParse): StoredParse {
  const stored = {
    ...record,
    bodyHtml: utf8Encoder.encode(record.bodyHtml),
    text: utf8Encoder.encode(record.text),
  };
  return expires === undefined ? { record: stored } : { record: stored, expires };
}

function fromStored({ record }: StoredParse): ArticleRecord {
  return { ...record, bodyHtml: utf8Decoder.decode(record.bodyHtml), text: utf8Decoder.decode(record.text) };
}

/**
 * Parsed records, keyed by the file's path and bytes, so an unchanged article is never parsed twice. They live
 * in one file per parser version, read whole at the start and written whole when something changed: one read
 * and one structured-clone decode instead of a file and a JSON parse per article.
 */
export class RecordCache {
  private readonly used = new Set<string>();
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly entries: Entries,
    private readonly today: string,
  ) {}

  /** `today` (`YYYY-MM-DD`) decides which records have expired. */
  static async open(cacheDir: string, today: string): Promise<RecordCache> {
    const file = path.join(cacheDir, "records", `${await parserFingerprint()}.v8`);
    const bytes = await readFile(file).catch(() => undefined);
    return new RecordCache(file, bytes === undefined ? new Map() : readEntries(bytes), today);
  }

  private key(sourcePath: string, contentHash: string): string {
    return `${sourcePath}\0${contentHash}`;
  }

  get(sourcePath: string, contentHash: string): ArticleRecord | undefined {
    const key = this.key(sourcePath, contentHash);
    const cached = this.entries.get(key);
    if (cached === undefined || (cached.expires !== undefined && cached.expires <= this.today))
      return undefined;
    this.used.add(key);
    return fromStored(cached);
  }

  put(parse: CachedParse): void {
    const key = this.key(parse.record.sourcePath, parse.record.contentHash);
    this.entries.set(key, toStored(parse));
    this.used.add(key);
    this.changed = true;
  }

  /**
   * Writes the records this run used, dropping those of files that are gone or changed and the caches of earlier
   * parser versions. Written beside and renamed into place, so a killed build never leaves half a cache.
   */
  async save(): Promise<void> {
    const unused = [...this.entries.keys()].filter((key) => !this.used.has(key));
    for (const key of unused) this.entries.delete(key);
    if (this.changed || unused.length > 0) {
      await mkdir(path.dirname(this.file), { recursive: true });
      const partial = `${this.file}.${process.pid}.partial`;
      await writeFile(partial, serialize(this.entries));
      await rename(partial, this.file);
    }
    const folder = path.dirname(this.file);
    for (const name of await readdir(folder)) {
      if (name !== path.basename(this.file) && !isBeingWritten(name))
        await rm(path.join(folder, name), { recursive: true, force: true });
    }
  }
}

/** Another build sharing the cache may be writing its own copy; one whose process is gone was killed. */
function isBeingWritten(name: string): boolean {
  const writer = /\.(\d+)\.partial$/.exec(name)?.[1];
  if (writer === undefined) return false;
  try {
    process.kill(Number(writer), 0);
    return true;
  } catch {
    return false;
  }
}

/** A cache file that cannot be read (cut short, or of another Node version) is as good as none. */
function readEntries(bytes: Buffer): Entries {
  try {
    const entries: unknown = deserialize(bytes);
    return entries instanceof Map ? (entries as Entries) : new Map();
  } catch {
    return new Map();
  }
}
