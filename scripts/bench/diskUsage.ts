import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { listArticleFiles } from "../../src/ingest/articleFolder.ts";

export interface DiskUsage {
  files: number;
  bytes: number;
}

async function sumSizes(files: string[]): Promise<DiskUsage> {
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  return { files: files.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
}

/** Every regular file below `dir`. */
export async function folderUsage(dir: string): Promise<DiskUsage> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return sumSizes(
    entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)),
  );
}

/** The files the build reads as articles, found the way ingest finds them. */
export async function articleUsage(contentDir: string): Promise<DiskUsage> {
  const files = await listArticleFiles(contentDir);
  return sumSizes(files.map((file) => path.join(contentDir, file)));
}
