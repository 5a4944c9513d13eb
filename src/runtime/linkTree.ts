import { copyFile, link, mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";

/**
 * Recreates the files under `from` (except those `skip` names) at `to` as hard links (copies across file systems), so that reusing a previous
 * build's output costs no bytes. Safe only because builds never write into an existing file: each build writes a
 * fresh folder, and a linked file is replaced, never modified.
 */
export async function linkTree(from: string, to: string, skip: (relative: string) => boolean): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)))
    .filter((relative) => !skip(relative));
  const folders = new Set(files.map((relative) => path.dirname(path.join(to, relative))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  await pMap(files, (relative) => linkFile(path.join(from, relative), path.join(to, relative)), {
    concurrency: 32,
  });
}

async function linkFile(from: string, to: string): Promise<void> {
  await link(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== "EXDEV" && error.code !== "EPERM") throw error;
    await copyFile(from, to);
  });
}
