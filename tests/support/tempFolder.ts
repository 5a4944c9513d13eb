import { rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const made: string[] = [];
// Each test file runs in a process of its own: its folders go when it ends, whether its tests passed or not.
process.once("exit", () => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

/** A new empty folder in the system's temporary folder, removed when the test file's process ends. */
export async function tempFolder(name: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), `newsarchive-${name}-`));
  made.push(folder);
  return folder;
}
