import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { samplePeakMemory } from "../../scripts/bench/peakMemory.ts";
import {
  type ProcessSnapshot,
  parentPidFromStat,
  processTree,
  readProcSnapshot,
  residentBytesFromStatus,
  treeResidentBytes,
} from "../../scripts/bench/processTree.ts";
import { parseStageSeconds } from "../../scripts/bench/stageTimes.ts";

/** A process table from `pid: [parent, resident kB]`. */
function fakeSnapshot(table: Record<number, [number, number]>): ProcessSnapshot {
  return {
    childrenOf: (pid) =>
      Object.entries(table)
        .filter(([, [parent]]) => parent === pid)
        .map(([child]) => Number(child)),
    residentBytes: (pid) => (table[pid]?.[1] ?? 0) * 1024,
  };
}

describe("parseStageSeconds", () => {
  it("should read the seconds of each stage line the build prints", () => {
    const stderr = [
      "ingest: 1000 articles, 0 unchanged, 0 rejected in 12.3 s",
      "render: 1000 article pages and their lists in 4.1 s",
      "index: 1000 pages searchable in 9.8 s",
    ].join("\n");
    assert.deepEqual(parseStageSeconds(stderr), { ingest: 12.3, render: 4.1, index: 9.8 });
  });

  it("should ignore warnings, skipped files and Windows line ends", () => {
    const stderr =
      "skipped content/a.txt:3: published: not a date in 2 s\r\nwarning: slow disk\r\ningest: 5 articles in 0.4 s\r\n";
    assert.deepEqual(parseStageSeconds(stderr), { ingest: 0.4 });
  });

  it("should add up a stage reported twice", () => {
    assert.deepEqual(parseStageSeconds("index: part one in 1.5 s\nindex: part two in 2 s"), { index: 3.5 });
  });
});

describe("the process tree", () => {
  // 10 is the build; 11 a worker-spawned Pagefind with its own child 12; 20 belongs to someone else.
  const snapshot = fakeSnapshot({
    10: [1, 300_000],
    11: [10, 900_000],
    12: [11, 50_000],
    20: [1, 4_000_000],
  });

  it("should list the root and every descendant, and nothing else", () => {
    assert.deepEqual(processTree(10, snapshot), [10, 11, 12]);
  });

  it("should sum the resident memory of the whole tree", () => {
    assert.equal(treeResidentBytes(10, snapshot), 1_250_000 * 1024);
  });

  it("should stop at a cycle made by a reused pid", () => {
    const cyclic: ProcessSnapshot = { childrenOf: (pid) => [pid === 1 ? 2 : 1], residentBytes: () => 1 };
    assert.equal(treeResidentBytes(1, cyclic), 2);
  });

  it("should count an ended process as nothing", () => {
    assert.equal(treeResidentBytes(99, snapshot), 0);
  });
});

describe("reading /proc", () => {
  const proc = mkdtempSync(path.join(tmpdir(), "newsarchive-proc-"));
  after(() => rmSync(proc, { recursive: true, force: true }));

  function writeProcess(dir: string, pid: number, parent: number, residentKb?: number): void {
    mkdirSync(path.join(dir, String(pid), "task", String(pid)), { recursive: true });
    writeFileSync(
      path.join(dir, String(pid), "stat"),
      `${pid} (node (worker) 1) S ${parent} ${pid} 1 0 -1\n`,
    );
    const rss = residentKb === undefined ? "" : `VmRSS:\t  ${residentKb} kB\n`;
    writeFileSync(
      path.join(dir, String(pid), "status"),
      `Name:\tnode\nPPid:\t${parent}\n${rss}Threads:\t7\n`,
    );
  }

  it("should take the parent from after the command name, even one with parentheses", () => {
    assert.equal(parentPidFromStat("42 (node (worker) 1) S 7 42 1 0"), 7);
    assert.equal(parentPidFromStat(""), undefined);
  });

  it("should read VmRSS in bytes, and none for a kernel thread", () => {
    assert.equal(residentBytesFromStatus("Name:\tx\nVmHWM:\t 900 kB\nVmRSS:\t   512 kB\n"), 512 * 1024);
    assert.equal(residentBytesFromStatus("Name:\tkthreadd\n"), 0);
  });

  it("should find children by their parent when the kernel has no children files", () => {
    const dir = path.join(proc, "by-parent");
    writeProcess(dir, 100, 1, 1000);
    writeProcess(dir, 101, 100, 200);
    writeProcess(dir, 102, 101, 30);
    writeProcess(dir, 200, 1, 5000);
    writeProcess(dir, 201, 100);
    assert.equal(treeResidentBytes(100, readProcSnapshot(100, dir)), 1230 * 1024);
  });

  it("should read every thread's children file when the kernel has them", () => {
    const dir = path.join(proc, "children-files");
    writeProcess(dir, 100, 1, 1000);
    writeProcess(dir, 101, 100, 200);
    writeProcess(dir, 102, 100, 30);
    // A worker thread (tid 105) spawned 102; the main thread spawned 101.
    mkdirSync(path.join(dir, "100", "task", "105"), { recursive: true });
    writeFileSync(path.join(dir, "100", "task", "100", "children"), "101 ");
    writeFileSync(path.join(dir, "100", "task", "105", "children"), "102 ");
    // Without stat files, only the children files can name 101 and 102.
    for (const pid of ["101", "102"]) rmSync(path.join(dir, pid, "stat"));
    assert.deepEqual(processTree(100, readProcSnapshot(100, dir)), [100, 101, 102]);
  });
});

describe("reading this machine's /proc", {
  skip: process.platform !== "linux" && "needs Linux /proc",
}, () => {
  it("should find a child this process started, and its memory", () => {
    const child = spawn("sleep", ["10"]);
    try {
      const pid = child.pid ?? assert.fail("sleep did not start");
      const snapshot = readProcSnapshot(process.pid);
      assert.ok(processTree(process.pid, snapshot).includes(pid));
      assert.ok(treeResidentBytes(process.pid, snapshot) > snapshot.residentBytes(process.pid));
    } finally {
      child.kill();
    }
  });
});

describe("samplePeakMemory", () => {
  it("should keep the largest total seen while sampling", async () => {
    const totals = [100, 700, 300];
    let reads = 0;
    const sampler = samplePeakMemory(1, 5, () => {
      const kb = totals[Math.min(reads++, totals.length - 1)] ?? 0;
      return fakeSnapshot({ 1: [0, kb] });
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.equal(sampler.stop(), 700 * 1024);
    const readsAtStop = reads;
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.equal(reads, readsAtStop, "no sampling after stop()");
  });
});
