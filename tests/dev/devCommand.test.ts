import assert from "node:assert/strict";
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { seedContentDir } from "../support/seedSite.ts";

const cli = fileURLToPath(new URL("../../scripts/newsarchive.js", import.meta.url));
const run = promisify(execFile);
let workDir: string;

/** Resolves with the first line of the child's output that matches; fails after `timeoutMs`. */
function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`no line matching ${pattern}; output:\n${output}`)),
      timeoutMs,
    );
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split("\n").find((candidate) => pattern.test(candidate));
      if (line === undefined) return;
      clearTimeout(timer);
      resolve(line);
    });
  });
}

function exitOf(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms`)), timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe("newsarchive dev on the command line", { timeout: 120_000 }, () => {
  before(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-devcli-"));
    await cp(seedContentDir, path.join(workDir, "content"), { recursive: true });
  });
  after(() => rm(workDir, { recursive: true, force: true }));

  it("should build, print where it serves, and stop cleanly on Ctrl+C", async () => {
    const child = spawn(process.execPath, [cli, "dev", "--port", "0", "--cache", "cache"], { cwd: workDir });
    try {
      const serving = await waitForLine(child, /^Serving /, 60_000);
      const url = /(http:\/\/127\.0\.0\.1:\d+\/) /.exec(serving)?.[1] ?? assert.fail(serving);
      assert.match(await (await fetch(url)).text(), /__newsarchive\/live-reload\.js/);
      child.kill("SIGINT");
      assert.equal(await exitOf(child, 20_000), 0);
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("should refuse a port that is not a number in one line", async () => {
    const failure = await run(process.execPath, [cli, "dev", "--port", "eighty"], { cwd: workDir }).then(
      () => assert.fail("dev should have refused"),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(failure.code, 1);
    assert.equal(failure.stderr, 'newsarchive: port "eighty" is not a number from 0 to 65535\n');
  });
});
