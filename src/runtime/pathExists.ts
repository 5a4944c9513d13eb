import { access } from "node:fs/promises";

/** Whether anything (a file, a folder) is at `target`. */
export function pathExists(target: string): Promise<boolean> {
  return access(target).then(
    () => true,
    () => false,
  );
}
