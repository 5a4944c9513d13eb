import path from "node:path";
import pMap from "p-map";
import { listFiles, sameBytes } from "./siteFiles.ts";
import { applyJournaled } from "./siteJournal.ts";
import { type SiteManifest, siteManifestFile, writeSiteManifest } from "./siteManifest.ts";
import { discardStagingFolder, makeStagingFolder } from "./stagingFolders.ts";

/**
 * The files a reader's browser starts from, moved after every file they lead to, in this order; the manifest
 * comes last of all.
 */
const entryFiles = [
  "pagefind/pagefind-entry.json",
  "pagefind/shards.json",
  "offline-manifest.json",
  "offline-index-version.js",
  "index.html",
  siteManifestFile,
];

/** A site being updated and the build updating it. */
export interface SiteUpdate {
  /**
   * The manifest of the site in `outDir`, checked to list every file there (`inspectOutputFolder`), so the
   * folder need not be listed again.
   */
  previous: SiteManifest;
  /** The updating build's fingerprint, for the new manifest. */
  build: string;
}

/**
 * Brings `outDir` up to date with an incremental build: `stagingDir` holds every file this build wrote, and `isKept`
 * names the files of `outDir` it left as they are (unchanged pages and search shards). A staged file with the
 * bytes already in `outDir` is dropped, so the old file keeps its time and a sync uploads only what changed; other
 * staged files are moved in; files neither staged nor kept are deleted; a new manifest lists the result. The
 * changes are journaled (src/site/siteJournal.ts), so a build killed meanwhile is finished by the next one. Runs
 * only after the build succeeded, and touches only what changed, so it costs time in proportion to the change.
 * Returns how many files were added, replaced or deleted.
 */
export async function applyStaged(
  outDir: string,
  stagingDir: string,
  isKept: (relative: string) => boolean,
  { previous, build }: SiteUpdate,
): Promise<number> {
  const staged = await listFiles(stagingDir);
  const existing = previous.files;
  const stagedSet = new Set(staged);
  const existingSet = new Set(existing);
  const changed = await pMap(
    staged,
    async (relative) =>
      !existingSet.has(relative) ||
      !(await sameBytes(path.join(stagingDir, relative), path.join(outDir, relative))),
    { concurrency: 16 },
  );
  const moved = staged.filter((_, index) => changed[index]);
  const deletes = existing.filter((relative) => !stagedSet.has(relative) && !isKept(relative));
  const deleted = new Set(deletes);
  const finalFiles = new Set([...existing.filter((relative) => !deleted.has(relative)), ...staged]);
  await writeSiteManifest(stagingDir, build, [...finalFiles]);
  const isEntry = new Set(entryFiles);
  const movedSet = new Set(moved);
  await applyJournaled(outDir, {
    kind: "update",
    staging: stagingDir,
    moves: moved.filter((relative) => !isEntry.has(relative)),
    entryFiles: entryFiles.filter((relative) => relative === siteManifestFile || movedSet.has(relative)),
    deletes,
  });
  return moved.length + deletes.length;
}

/**
 * An incremental build: `write` puts everything it writes in a folder beside `outDir` and says which files of
 * `outDir` it relies on; only once it succeeded are the changes applied, so a failed build leaves `outDir` as it was.
 */
export async function updateInPlace<T extends { isKept: (relative: string) => boolean }>(
  outDir: string,
  update: SiteUpdate,
  write: (stagingDir: string) => Promise<T>,
): Promise<T & { changedFiles: number }> {
  const stagingDir = await makeStagingFolder(outDir, "changes");
  let result: T;
  try {
    result = await write(stagingDir);
  } catch (error) {
    await discardStagingFolder(stagingDir);
    throw error;
  }
  return { ...result, changedFiles: await applyStaged(outDir, stagingDir, result.isKept, update) };
}
