import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { promisify } from "node:util";
import { tempFolder } from "../support/tempFolder.ts";

const root = path.join(import.meta.dirname, "../..");
const bin = path.join(root, "scripts/newsarchive.js");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function newsarchive(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("newsarchive parse and check", () => {
  it("should print one record per seed file", async () => {
    const files = (await readdir(path.join(root, "content"))).map((file) => `content/${file}`);
    const run = await newsarchive("parse", ...files);
    assert.equal(run.code, 0);
    const records = JSON.parse(run.stdout) as { title: string; sourcePath: string }[];
    assert.equal(records.length, 5);
    assert.equal(records[1]?.title, "US 'aggressively' raising cybersecurity with China: official");
    assert.equal(records[1]?.sourcePath, "001_09a1f9c450bbeda3.txt");
  });

  it("should exit 1 and name a file that failed, still printing the others", async () => {
    const folder = await tempFolder("cli");
    const bad = path.join(folder, "bad.md");
    await writeFile(bad, "---\ntitle: Fine\npublished: 2015-13-45\n---\nBody.\n");
    const run = await newsarchive("parse", "content/000_bf2e55078a7757b2.txt", bad);
    assert.equal(run.code, 1);
    assert.equal(
      run.stderr.trim(),
      `${bad}:3: published: "2015-13-45" is not a date (write it as 2015-04-14 or 2015-04-14T09:30)`,
    );
    assert.equal((JSON.parse(run.stdout) as unknown[]).length, 1);
  });

  it("should report every problem in a folder as path:line: message", async () => {
    const folder = await tempFolder("check");
    await writeFile(path.join(folder, "a.md"), "---\ntitle: 123\n---\nBody.\n");
    await writeFile(path.join(folder, "b.txt"), "");
    await writeFile(path.join(folder, "c.txt"), "A good headline\n\nA good body paragraph.\n");
    const run = await newsarchive("check", "--content", folder);
    assert.equal(run.code, 1);
    assert.deepEqual(run.stderr.trim().split("\n"), [
      `${folder}/a.md:2: title: 123 has the wrong type (expected string)`,
      `${folder}/b.txt: file is empty: an article needs a headline and a body`,
    ]);
    assert.match(run.stdout, /1 article valid, 2 with problems/);
  });

  it("should refuse an unknown option with one line and no stack trace", async () => {
    const run = await newsarchive("check", "--contnet", "content");
    assert.equal(run.code, 1);
    assert.equal(
      run.stderr.trim(),
      "newsarchive: check: unknown option --contnet (see newsarchive check --help)",
    );
  });
});
