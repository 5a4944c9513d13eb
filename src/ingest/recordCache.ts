import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../runtime/codeLocation.ts";
import { pathExists } from "../runtime/pathExists.ts";
import { decodeRecordLazily } from "./encodedTexts.ts";
import { type Entries, readBatches, type StoredParse, writeBatches } from "./recordLog.ts";
import type { ArticleRecord } from "./schema.ts";
import type { TermCounts } from "./termCounts.ts";

/** The parser's sources, wherever this copy of it runs from. */
const ingestDir = path.join(projectRoot, "src", "ingest");

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
  const lockFile = await readFile(path.join(projectRoot, "package-lock.json")).catch(() => "");
  return hash.update(lockFile).digest("hex").slice(0, 16);
}

/** A parsed record with its word counts. */
export interface ParsedArticle {
  record: ArticleRecord;
  terms: TermCounts;
}

/** A parsed article and, when parsing depended on the day, the day (`YYYY-MM-DD`) from which it is stale. */
export interface CachedParse extends ParsedArticle {
  expires?: string;
}

/**
 * A file's size and modification time when it was read. While both stay the same its bytes are taken to be the
 * same, as make and git take them, so an unchanged archive is not read again to be hashed.
 */
export interface FileSignature {
  size: number;
  mtimeMs: number;
}

function toStored({ record, terms, expires }: CachedParse, file: FileSignature | undefined): StoredParse {
  const stored: StoredParse = { terms, record: { parsed: record } };
  if (expires !== undefined) stored.expires = expires;
  if (file !== undefined) stored.file = file;
  return stored;
}

function signatureKey(sourcePath: string, file: FileSignature): string {
  return `${sourcePath}\0${file.size}\0${file.mtimeMs}`;
}

function fromStored({ record, terms, expires }: StoredParse): CachedParse {
  const parse: CachedParse = {
    record: "parsed" in record ? record.parsed : decodeRecordLazily(record.stored),
    terms,
  };
  if (expires !== undefined) parse.expires = expires;
  return parse;
}

function sourcePathOf({ record }: StoredParse): string {
  return "parsed" in record ? record.parsed.sourcePath : record.stored.sourcePath;
}

/** Stale entries the file may carry, as a share of the live ones, before a save rewrites it instead of appending. */
const tolerableStaleShare = 0.25;

/**
 * Parsed records, keyed by the file's path and bytes, so an unchanged article is never parsed twice, and found
 * by its path, size and time, so an unchanged file is not even read. They live in one file per parser version,
 * whose entries are read at the start (one read and a structured-clone decode per batch, instead of a file and a
 * JSON parse per article) and whose long texts are read when needed. The file is a log of batches: a build that
 * parsed a few new articles appends them, and only once stale entries (of changed or deleted files) pile up is it
 * rewritten.
 */
export class RecordCache {
  private readonly used = new Set<string>();
  private readonly added: [string, StoredParse][] = [];
  private readonly keysBySignature = new Map<string, string>();

  private constructor(
    private readonly file: string,
    private readonly entries: Entries,
    /** False when the log ends in a batch cut short (a build killed while appending), which nothing may follow. */
    private readonly whole: boolean,
    private readonly today: string,
  ) {
    for (const [key, stored] of entries) {
      if (stored.file) this.keysBySignature.set(signatureKey(sourcePathOf(stored), stored.file), key);
    }
  }

  /** `today` (`YYYY-MM-DD`) decides which records have expired. */
  static async open(cacheDir: string, today: string): Promise<RecordCache> {
    const file = path.join(cacheDir, "records", `${await parserFingerprint()}.v8`);
    const { entries, whole } = await readBatches(file);
    return new RecordCache(file, entries, whole, today);
  }

  private key(sourcePath: string, contentHash: string): string {
    return `${sourcePath}\0${contentHash}`;
  }

  /** The record of a file not read this time, by its signature when it was last read. */
  getUnread(sourcePath: string, file: FileSignature): CachedParse | undefined {
    const key = this.keysBySignature.get(signatureKey(sourcePath, file));
    return key === undefined ? undefined : this.use(key);
  }

  /** The record of a file read this time; `file`, its signature, is remembered for the next `getUnread`. */
  get(sourcePath: string, contentHash: string, file?: FileSignature): CachedParse | undefined {
    const key = this.key(sourcePath, contentHash);
    const parsed = this.use(key);
    const cached = this.entries.get(key);
    if (parsed && cached && file && cached.file?.mtimeMs !== file.mtimeMs) {
      cached.file = file;
      this.added.push([key, cached]);
    }
    return parsed;
  }

  private use(key: string): CachedParse | undefined {
    const cached = this.entries.get(key);
    if (cached === undefined || (cached.expires !== undefined && cached.expires <= this.today))
      return undefined;
    this.used.add(key);
    return fromStored(cached);
  }

  put(parse: CachedParse, file?: FileSignature): void {
    const key = this.key(parse.record.sourcePath, parse.record.contentHash);
    const stored = toStored(parse, file);
    this.entries.set(key, stored);
    this.added.push([key, stored]);
    this.used.add(key);
  }

  /**
   * Appends what this run parsed, or rewrites the file with only the records this run used once too many are
   * stale, and deletes the caches of earlier parser versions. A rewrite goes beside the file and is renamed into
   * place, so a killed build never leaves half a cache; a cut-short append loses only its own batch.
   */
  async save(): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const stale = this.entries.size - this.used.size;
    // A batch appended after one cut short would be read as that batch's missing bytes.
    if (!this.whole || stale > this.used.size * tolerableStaleShare || !(await pathExists(this.file))) {
      const live = [...this.entries].filter(([key]) => this.used.has(key));
      const partial = `${this.file}.${process.pid}.partial`;
      await writeBatches(partial, live, "w");
      await rename(partial, this.file);
    } else if (this.added.length > 0) {
      await writeBatches(this.file, this.added, "a");
    }
    this.added.length = 0;
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
