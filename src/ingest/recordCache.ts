import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
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

/**
 * Parsed records on disk, one JSON file each, keyed by the parser, the file's path and its bytes: an unchanged
 * article is never parsed twice.
 */
export class RecordCache {
  private readonly used = new Set<string>();

  private constructor(private readonly folder: string) {}

  static async open(cacheDir: string): Promise<RecordCache> {
    return new RecordCache(path.join(cacheDir, "records", await parserFingerprint()));
  }

  private key(sourcePath: string, contentHash: string): string {
    return createHash("sha256").update(sourcePath).update("\0").update(contentHash).digest("hex");
  }

  private fileOf(key: string): string {
    return path.join(this.folder, key.slice(0, 2), `${key}.json`);
  }

  async get(sourcePath: string, contentHash: string): Promise<ArticleRecord | undefined> {
    const key = this.key(sourcePath, contentHash);
    this.used.add(key);
    const text = await readFile(this.fileOf(key), "utf8").catch(() => undefined);
    return text === undefined ? undefined : (JSON.parse(text) as ArticleRecord);
  }

  async put(record: ArticleRecord): Promise<void> {
    const key = this.key(record.sourcePath, record.contentHash);
    this.used.add(key);
    const file = this.fileOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so an interrupted build never leaves half a record behind.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, JSON.stringify(record));
    await rename(partial, file);
  }

  /** Deletes records of files that are gone or changed, and the caches of earlier parser versions. */
  async prune(): Promise<void> {
    const parent = path.dirname(this.folder);
    for (const version of await readdir(parent).catch(() => [])) {
      if (version !== path.basename(this.folder))
        await rm(path.join(parent, version), { recursive: true, force: true });
    }
    for (const shard of await readdir(this.folder).catch(() => [])) {
      for (const file of await readdir(path.join(this.folder, shard))) {
        if (!this.used.has(file.replace(/\.json$/, "")))
          await rm(path.join(this.folder, shard, file), { force: true });
      }
    }
  }
}
