import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";

/** `building` holds a whole new site; `changes` the files an incremental build changed. */
export type StagingKind = "building" | "changes";

const leftoverKinds = ["building", "changes", "previous"] as const;

/** Staging folders of this process that no apply step owns yet: an interrupted build deletes them. */
const unapplied = new Set<string>();
let applying: Promise<unknown> | undefined;

function prefixOf(outDir: string): string {
  return `.${path.basename(outDir)}.`;
}

/** A fresh folder beside `outDir` (same file system, so moving from it is a rename). */
export async function makeStagingFolder(outDir: string, kind: StagingKind): Promise<string> {
  const folder = await mkdtemp(path.join(path.dirname(outDir), `${prefixOf(outDir)}${kind}-`));
  unapplied.add(folder);
  return folder;
}

export async function discardStagingFolder(folder: string): Promise<void> {
  unapplied.delete(folder);
  await rm(folder, { recursive: true, force: true });
}

/** Whether a name beside `outDir` is a folder some build of it staged or retired. */
export function isStagingName(outDir: string, name: string): boolean {
  const prefix = prefixOf(outDir);
  return name.startsWith(prefix) && leftoverKinds.some((kind) => name.startsWith(`${prefix}${kind}-`));
}

/** Runs an apply step that owns `folder`; an interruption meanwhile waits for it instead of deleting the folder. */
export async function applyFrom<T>(folder: string, apply: () => Promise<T>): Promise<T> {
  unapplied.delete(folder);
  const running = apply();
  applying = running;
  try {
    return await running;
  } finally {
    applying = undefined;
  }
}

/**
 * For a signal handler: deletes, at once, every staging folder no apply step owns, so an interrupted build leaves
 * nothing behind. Returns the apply step in progress, if one is, for the caller to wait for before exiting.
 */
export function abandonStaging(): Promise<unknown> | undefined {
  for (const folder of unapplied) rmSync(folder, { recursive: true, force: true });
  unapplied.clear();
  return applying;
}
