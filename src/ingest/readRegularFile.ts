import { constants, type Dirent, type Stats } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";

export type RegularFileRead = { bytes: Buffer } | { refused: string };

/** As with `build`'s "symlink" problem: through a link, any file on the machine could enter the archive. */
export const symlinkRefusal = "is a symbolic link, which is not followed: copy what it points to instead";

/** Why an entry is not read as an article, or undefined for a regular file. */
export function irregularFileRefusal(entry: Stats | Dirent): string | undefined {
  if (entry.isFile()) return undefined;
  if (entry.isSymbolicLink()) return symlinkRefusal;
  if (entry.isDirectory()) return "is a folder, not a file";
  if (entry.isFIFO()) return "is a named pipe, not a regular file";
  if (entry.isSocket()) return "is a socket, not a regular file";
  return "is a device, not a regular file";
}

/**
 * Reads `file` only if it is a regular file. The checks are made on the opened handle, so a file swapped for
 * a link or a pipe after it was listed is still refused: O_NOFOLLOW refuses a link, and O_NONBLOCK makes
 * opening a pipe return at once instead of waiting for a writer.
 */
export async function readRegularFile(file: string): Promise<RegularFileRead> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOOP") return { refused: symlinkRefusal };
    return { refused: (error as Error).message };
  }
  try {
    const refused = irregularFileRefusal(await handle.stat());
    return refused === undefined ? { bytes: await handle.readFile() } : { refused };
  } catch (error) {
    return { refused: (error as Error).message };
  } finally {
    await handle.close();
  }
}
