import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

/** Every file below `root`, relative to it. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** Whether two files hold the same bytes; sizes are compared first, so most changed files are never read. */
export async function sameBytes(a: string, b: string): Promise<boolean> {
  const [aStat, bStat] = await Promise.all([stat(a), stat(b)]);
  if (aStat.size !== bStat.size) return false;
  const [aBytes, bBytes] = await Promise.all([readFile(a), readFile(b)]);
  return aBytes.equals(bBytes);
}
