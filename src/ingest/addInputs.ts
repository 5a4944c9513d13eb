import type { Dirent } from "node:fs";
import { lstat, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { isArticleFileName } from "./articleFileName.ts";
import { irregularFileRefusal, symlinkRefusal } from "./readRegularFile.ts";

/** A file given to `add` or found in a folder given to it; `refused` says why it is not read. */
export interface AddInput {
  file: string;
  refused?: string;
}

/**
 * The files behind `add`'s arguments, a folder standing for every article file below it. Links are refused,
 * never followed, at any depth and when given directly: through one, a folder could bring in any file on the
 * machine. So are pipes, sockets and devices, which a read would wait on or never finish.
 */
export async function expandAddInputs(inputs: readonly string[]): Promise<AddInput[]> {
  const expanded: AddInput[] = [];
  for (const input of inputs) {
    const entry = await lstat(input).catch(() => undefined);
    if (entry?.isDirectory()) {
      expanded.push(...(await articlesBelow(input)).sort((a, b) => (a.file < b.file ? -1 : 1)));
    } else {
      // A missing file is left for the read to report, in the system's words.
      expanded.push(withRefusal(input, entry && irregularFileRefusal(entry)));
    }
  }
  return expanded;
}

async function articlesBelow(folder: string): Promise<AddInput[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    return [{ file: folder, refused: (error as Error).message }];
  }
  const found: AddInput[] = [];
  for (const entry of entries) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await articlesBelow(file)));
    else if (isArticleFileName(entry.name)) found.push(withRefusal(file, irregularFileRefusal(entry)));
    // A linked folder may hold articles: say why they were left out rather than skip it silently.
    else if (entry.isSymbolicLink() && (await stat(file).catch(() => undefined))?.isDirectory())
      found.push({ file, refused: symlinkRefusal });
  }
  return found;
}

function withRefusal(file: string, refused: string | undefined): AddInput {
  return refused === undefined ? { file } : { file, refused };
}
