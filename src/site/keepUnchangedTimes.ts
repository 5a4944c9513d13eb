import { readdir, readFile, stat, utimes } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";

/**
 * Gives every file in `newDir` whose bytes equal the file at the same path in `oldDir` the old file's times,
 * so that syncing the site to a host uploads only what changed. Returns how many files changed.
 */
export async function keepUnchangedTimes(oldDir: string, newDir: string): Promise<number> {
  const files = (await readdir(newDir, { recursive: true, withFileTypes: true })).filter((entry) =>
    entry.isFile(),
  );
  const changed = await pMap(
    files,
    async (entry) => {
      const relative = path.relative(newDir, path.join(entry.parentPath, entry.name));
      const oldFile = path.join(oldDir, relative);
      const newFile = path.join(newDir, relative);
      const oldStat = await stat(oldFile).catch(() => undefined);
      if (!oldStat) return true;
      const newStat = await stat(newFile);
      if (oldStat.size !== newStat.size) return true;
      const [oldBytes, newBytes] = await Promise.all([readFile(oldFile), readFile(newFile)]);
      if (!oldBytes.equals(newBytes)) return true;
      await utimes(newFile, oldStat.atime, oldStat.mtime);
      return false;
    },
    { concurrency: 16 },
  );
  return changed.filter(Boolean).length;
}
