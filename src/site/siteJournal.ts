import { mkdir, readdir, readFile, rename, rm, rmdir, unlink } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";
import { pathExists } from "../runtime/pathExists.ts";
import { partialFileOf, replaceFile } from "../runtime/replaceFile.ts";
import { siteManifestFile } from "./siteManifest.ts";
import { applyFrom, isStagingName } from "./stagingFolders.ts";

/**
 * What an apply step is about to do to the output folder, written before it starts: a build killed at any moment
 * is finished by the next one (`recoverInterruptedBuild`), so the folder holds the old site or the new, never a mix.
 */
export type Journal =
  /** Swap a whole new site in: `outDir` → `retired`, `staging` → `outDir`. */
  | { kind: "replace"; staging: string; retired: string }
  /**
   * Move `moves` in (any order), then `entryFiles` (in order, the manifest last), deleting `deletes` before the
   * manifest: readers follow the entry files to the new pages only once those are there.
   */
  | { kind: "update"; staging: string; moves: string[]; entryFiles: string[]; deletes: string[] };

export function journalFileOf(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}.journal.json`);
}

/** Moves a staged file into place; one already moved by an earlier, interrupted run is skipped. */
async function moveIn(staging: string, outDir: string, relative: string): Promise<void> {
  const to = path.join(outDir, relative);
  await mkdir(path.dirname(to), { recursive: true });
  await rename(path.join(staging, relative), to).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
}

/** Removes the folders that held only deleted files, deepest first, stopping at `root`. */
async function removeEmptyFolders(root: string, deleted: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const file of deleted) {
    for (let folder = path.dirname(file); folder !== "."; folder = path.dirname(folder)) folders.add(folder);
  }
  const deepestFirst = [...folders].sort((a, b) => b.split(path.sep).length - a.split(path.sep).length);
  for (const folder of deepestFirst) await rmdir(path.join(root, folder)).catch(() => undefined);
}

/** Carries a journal out; every step can run again after an interruption. */
async function carryOut(outDir: string, journal: Journal): Promise<void> {
  if (journal.kind === "replace") {
    if (await pathExists(journal.staging)) {
      if (await pathExists(outDir)) await rename(outDir, journal.retired);
      await rename(journal.staging, outDir);
    }
    await rm(journal.retired, { recursive: true, force: true });
    return;
  }
  const { staging, moves, entryFiles, deletes } = journal;
  await pMap(moves, (relative) => moveIn(staging, outDir, relative), { concurrency: 16 });
  const manifestLast = entryFiles.filter((file) => file !== siteManifestFile);
  for (const relative of manifestLast) await moveIn(staging, outDir, relative);
  await pMap(deletes, (relative) => unlink(path.join(outDir, relative)).catch(() => undefined), {
    concurrency: 16,
  });
  await removeEmptyFolders(outDir, deletes);
  if (entryFiles.includes(siteManifestFile)) await moveIn(staging, outDir, siteManifestFile);
  await rm(staging, { recursive: true, force: true });
}

/** Records `journal` beside `outDir`, carries it out and removes the record. */
export async function applyJournaled(outDir: string, journal: Journal): Promise<void> {
  await applyFrom(journal.staging, async () => {
    const file = journalFileOf(outDir);
    await replaceFile(file, JSON.stringify(journal));
    await carryOut(outDir, journal);
    await unlink(file);
  });
}

/**
 * Finishes an apply step a killed build left half done, then deletes the staging folders killed builds left
 * beside `outDir`. Run it holding the output folder's lock, before looking at the folder.
 */
export async function recoverInterruptedBuild(outDir: string): Promise<void> {
  const file = journalFileOf(outDir);
  const text = await readFile(file, "utf8").catch(() => undefined);
  if (text !== undefined) {
    await carryOut(outDir, JSON.parse(text) as Journal);
    await unlink(file);
  }
  await rm(partialFileOf(file), { force: true });
  const parent = path.dirname(outDir);
  const leftovers = (await readdir(parent).catch(() => [])).filter((name) => isStagingName(outDir, name));
  // Builds before the journal could be killed between their two renames, leaving the old site retired.
  const retired = leftovers.find((name) => name.includes(".previous-"));
  if (retired !== undefined && !(await pathExists(outDir))) {
    await rename(path.join(parent, retired), outDir);
    leftovers.splice(leftovers.indexOf(retired), 1);
  }
  await Promise.all(leftovers.map((name) => rm(path.join(parent, name), { recursive: true, force: true })));
}
