import { mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";

/**
 * Runs `write` against a fresh folder beside `target`, then swaps it in; if `write` throws, the folder is
 * removed and `target` is left exactly as it was.
 */
export async function replaceDirectory<T>(
  target: string,
  write: (stagingDir: string) => Promise<T>,
): Promise<T> {
  const absoluteTarget = path.resolve(target);
  const parent = path.dirname(absoluteTarget);
  const base = path.basename(absoluteTarget);
  const staging = await mkdtemp(path.join(parent, `.${base}.building-`));
  let result: T;
  try {
    result = await write(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const retired = path.join(parent, `.${base}.previous-${path.basename(staging).split("-").at(-1)}`);
  const hadPrevious = await rename(absoluteTarget, retired).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    },
  );
  await rename(staging, absoluteTarget);
  if (hadPrevious) await rm(retired, { recursive: true, force: true });
  return result;
}
