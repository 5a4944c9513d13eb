import { stat, utimes } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";
import { listFiles, sameBytes } from "./siteFiles.ts";

/**
 * Gives every file in `newDir` whose bytes equal the file at the same path in `oldDir` the old file's times,
 * so that syncing the site to a host uploads only what changed. Returns how many files changed.
 */
export async function keepUnchangedTimes(oldDir: string, newDir: string): Promise<number> {
  const changed = await pMap(
    await listFiles(newDir),
    async (relative) => {
      const oldFile = path.join(oldDir, relative);
      const newFile = path.join(newDir, relative);
      const oldStat = await stat(oldFile).catch(() => undefined);
      if (!oldStat || !(await sameBytes(oldFile, newFile))) return true;
      await utimes(newFile, oldStat.atime, oldStat.mtime);
      return false;
    },
    { concurrency: 16 },
  );
  return changed.filter(Boolean).length;
}
