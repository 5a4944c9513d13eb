import { chmod, stat } from "node:fs/promises";
import path from "node:path";
import { applyJournaled } from "./siteJournal.ts";
import { discardStagingFolder, makeStagingFolder } from "./stagingFolders.ts";

/** What a web server running as another user needs to read a new site. */
const newFolderMode = 0o755;

/**
 * Runs `write` against a fresh folder beside `target`, then swaps it in through a journal; if `write` throws, the
 * folder is removed and `target` is left exactly as it was. The new folder keeps the mode `target` had.
 */
export async function replaceDirectory<T>(
  target: string,
  write: (stagingDir: string) => Promise<T>,
): Promise<T> {
  const absoluteTarget = path.resolve(target);
  const staging = await makeStagingFolder(absoluteTarget, "building");
  let result: T;
  try {
    result = await write(staging);
  } catch (error) {
    await discardStagingFolder(staging);
    throw error;
  }
  const previousMode = await stat(absoluteTarget).then(
    (info) => info.mode & 0o7777,
    () => newFolderMode,
  );
  await chmod(staging, previousMode);
  const retired = path.join(
    path.dirname(absoluteTarget),
    `.${path.basename(absoluteTarget)}.previous-${path.basename(staging).split("-").at(-1)}`,
  );
  await applyJournaled(absoluteTarget, { kind: "replace", staging, retired });
  return result;
}
