import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** One look at the running processes; a process that ends meanwhile simply has no children and no memory. */
export interface ProcessSnapshot {
  childrenOf(pid: number): number[];
  residentBytes(pid: number): number;
}

/** `root` and every process below it, parents before children. */
export function processTree(root: number, snapshot: ProcessSnapshot): number[] {
  const tree: number[] = [];
  const seen = new Set<number>();
  const pending = [root];
  for (let pid = pending.shift(); pid !== undefined; pid = pending.shift()) {
    // A pid reused while we read could otherwise make a cycle.
    if (seen.has(pid)) continue;
    seen.add(pid);
    tree.push(pid);
    pending.push(...snapshot.childrenOf(pid));
  }
  return tree;
}

/** Resident memory of `root` and all its descendants, summed (shared pages count once per process). */
export function treeResidentBytes(root: number, snapshot: ProcessSnapshot): number {
  return processTree(root, snapshot).reduce((sum, pid) => sum + snapshot.residentBytes(pid), 0);
}

/** The parent pid from `/proc/<pid>/stat`; the command name before it may hold spaces and parentheses. */
export function parentPidFromStat(stat: string): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const parent = Number(fields[1]);
  return Number.isInteger(parent) ? parent : undefined;
}

/** `VmRSS` from `/proc/<pid>/status` in bytes; kernel threads have none. */
export function residentBytesFromStatus(status: string): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  return match?.[1] === undefined ? 0 : Number(match[1]) * 1024;
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function listOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Children from `task/<tid>/children` (one file per thread, since worker threads spawn processes too). */
function childrenFromTaskFiles(procDir: string, pid: number): number[] {
  const taskDir = path.join(procDir, String(pid), "task");
  return listOrEmpty(taskDir).flatMap((tid) =>
    readOrEmpty(path.join(taskDir, tid, "children"))
      .split(" ")
      .filter(Boolean)
      .map(Number),
  );
}

/** Every process's parent from `<pid>/stat`, for kernels built without `task/<tid>/children`. */
function childrenByParent(procDir: string): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of listOrEmpty(procDir)) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentPidFromStat(readOrEmpty(path.join(procDir, name, "stat")));
    if (parent === undefined) continue;
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  return children;
}

/**
 * Reads `/proc` (or a copy of its layout, for tests). The parent scan runs at most once per snapshot,
 * and only when `root`'s own thread has no `children` file.
 */
export function readProcSnapshot(root: number, procDir = "/proc"): ProcessSnapshot {
  const hasChildrenFiles = existsSync(path.join(procDir, String(root), "task", String(root), "children"));
  let byParent: Map<number, number[]> | undefined;
  return {
    childrenOf(pid) {
      if (hasChildrenFiles) return childrenFromTaskFiles(procDir, pid);
      byParent ??= childrenByParent(procDir);
      return byParent.get(pid) ?? [];
    },
    residentBytes: (pid) => residentBytesFromStatus(readOrEmpty(path.join(procDir, String(pid), "status"))),
  };
}
