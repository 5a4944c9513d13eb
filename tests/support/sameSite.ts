import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Two sites hold the same files with the same bytes, as an incremental build and a fresh one must. */
export async function assertSameSite(siteDir: string, freshDir: string): Promise<void> {
  const [files, freshFiles] = await Promise.all([listFiles(siteDir), listFiles(freshDir)]);
  assert.deepEqual(files, freshFiles);
  for (const file of files) {
    const [bytes, freshBytes] = await Promise.all([
      readFile(path.join(siteDir, file)),
      readFile(path.join(freshDir, file)),
    ]);
    assert.ok(bytes.equals(freshBytes), `${file} differs from a fresh build's`);
  }
}
