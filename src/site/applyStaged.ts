import { mkdir, mkdtemp, rename, rm, rmdir, unlink } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";
import { listFiles, sameBytes } from "./siteFiles.ts";

/** Removes the folders that held only deleted files, deepest first, stopping at `root`. */
async function removeEmptyFolders(root: string, deleted: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const file of deleted) {
    for (let folder = path.dirname(file); folder !== "."; folder = path.dirname(folder)) folders.add(folder);
  }
  const deepestFirst = [...folders].sort((a, b) => b.split(path.sep).length - a.split(path.sep).length);
  for (const folder of deepestFirst) {
    await rmdir(path.join(root, folder)).catch(() => undefined);
  }
}

/**
 * Brings `outDir` up to date with an incremental build: `stagingDir` holds every file this build wrote, and `isKept`
 * names the files of `outDir` it left as they are (unchanged pages and search shards). A staged file with the
 * bytes already in `outDir` is dropped, so the old file keeps its time and a sync uploads only what changed; other
 * staged files are moved in; files neither staged nor kept are deleted. Runs only after the build succeeded, and
 * touches only what changed, so it costs time in proportion to the change, not to the archive.
 * Returns how many files were added, replaced or deleted.
 */
export async function applyStaged(
  outDir: string,
  stagingDir: string,
  isKept: (relative: string) => boolean,
): Promise<number> {
  const [staged, existing] = await Promise.all([listFiles(stagingDir), listFiles(outDir)]);
  const stagedSet = new Set(staged);
  const existingSet = new Set(existing);
  const moved = await pMap(
    staged,
    async (relative) => {
      const from = path.join(stagingDir, relative);
      const to = path.join(outDir, relative);
      if (existingSet.has(relative) && (await sameBytes(from, to))) return false;
      await mkdir(path.dirname(to), { recursive: true });
      await rename(from, to);
      return true;
    },
    { concurrency: 16 },
  );
  const stale = existing.filter((relative) => !stagedSet.has(relative) && !isKept(relative));
  await pMap(stale, (relative) => unlink(path.join(outDir, relative)), { concurrency: 16 });
  await removeEmptyFolders(outDir, stale);
  await rm(stagingDir, { recursive: true, force: true });
  return moved.filter(Boolean).length + stale.length;
}

/**
 * An incremental build: `write` puts everything it writes in a folder beside `outDir` and says which files of
 * `outDir` it relies on; only once it succeeded are the changes applied, so a failed build leaves `outDir` as it was.
 */
export async function updateInPlace<T extends { isKept: (relative: string) => boolean }>(
  outDir: string,
  write: (stagingDir: string) => Promise<T>,
): Promise<T & { changedFiles: number }> {
  const stagingDir = await mkdtemp(path.join(path.dirname(outDir), `.${path.basename(outDir)}.changes-`));
  let result: T;
  try {
    result = await write(stagingDir);
  } catch (error) {
    await rm(stagingDir, { recursive: true, force: true });
    throw error;
  }
  return { ...result, changedFiles: await applyStaged(outDir, stagingDir, result.isKept) };
}
