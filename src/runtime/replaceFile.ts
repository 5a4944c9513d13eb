import { rename, writeFile } from "node:fs/promises";

/** Where `replaceFile` writes before renaming: one name per file, so its writers must take turns (a lock). */
export function partialFileOf(file: string): string {
  return `${file}.partial`;
}

/** Writes `text` beside `file`, then renames it over `file`: a process killed meanwhile leaves the old one whole. */
export async function replaceFile(file: string, text: string): Promise<void> {
  await writeFile(partialFileOf(file), text);
  await rename(partialFileOf(file), file);
}
