import { unlinkSync } from "node:fs";
import { open, readFile, unlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { OutputFolderError } from "./outputFolder.ts";

interface LockOwner {
  pid: number;
  host: string;
}

/** Beside the output folder, so it never reaches the published site and is gone with neither folder. */
export function lockFileOf(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}.lock`);
}

function isRunning(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readOwner(lockFile: string): Promise<LockOwner | undefined> {
  const text = await readFile(lockFile, "utf8").catch(() => undefined);
  try {
    return text === undefined ? undefined : (JSON.parse(text) as LockOwner);
  } catch {
    return undefined;
  }
}

/** A lock file just created holds its owner a moment later; one that stays empty was left by a killed build. */
async function settled(lockFile: string): Promise<LockOwner | undefined> {
  await new Promise((resolve) => setTimeout(resolve, 200));
  return readOwner(lockFile);
}

/**
 * Takes the output folder for one build, refusing while another build holds it. A lock left by a build that was
 * killed is taken over: its owner's process is gone. Released by the returned function, or at exit.
 * Written by hand rather than with proper-lockfile: that library calls a lock stale when its holder has not touched
 * it for a while, which a long synchronous render step would do.
 */
export async function lockOutputFolder(outDir: string): Promise<() => Promise<void>> {
  const lockFile = lockFileOf(outDir);
  const owner: LockOwner = { pid: process.pid, host: os.hostname() };
  for (let attempt = 0; ; attempt++) {
    const handle = await open(lockFile, "wx").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EEXIST") return undefined;
      throw error;
    });
    if (handle) {
      await handle.writeFile(JSON.stringify(owner));
      await handle.close();
      break;
    }
    const holder = (await readOwner(lockFile)) ?? (await settled(lockFile));
    if (attempt > 0 || (holder && isRunning(holder))) {
      const who = holder
        ? `process ${holder.pid}${holder.host === owner.host ? "" : ` on ${holder.host}`}`
        : "a build";
      throw new OutputFolderError(
        `another build (${who}) is writing --out ${outDir}; wait for it to finish (or delete ${lockFile} if it is gone)`,
      );
    }
    await unlink(lockFile).catch(() => undefined);
  }
  const releaseAtExit = () => {
    try {
      unlinkSync(lockFile);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.once("exit", releaseAtExit);
  return async () => {
    process.off("exit", releaseAtExit);
    await unlink(lockFile).catch(() => undefined);
  };
}
