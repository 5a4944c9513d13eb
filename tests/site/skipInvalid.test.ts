import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { promisify } from "node:util";
import { seedContentDir } from "../support/seedSite.ts";

const cli = path.join(import.meta.dirname, "../../scripts/newsarchive.js");
const workDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-skip-"));
after(() => rm(workDir, { recursive: true, force: true }));

describe("build --skip-invalid", () => {
  it("should publish the valid articles and end with what it skipped", async () => {
    const contentDir = path.join(workDir, "content");
    const outDir = path.join(workDir, "site");
    await cp(seedContentDir, contentDir, { recursive: true });
    await writeFile(path.join(contentDir, "broken.md"), "---\ntitle: [unclosed\n---\nBody.\n");
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      cli,
      "build",
      "--skip-invalid",
      "--content",
      contentDir,
      "--out",
      outDir,
      "--cache",
      path.join(workDir, "cache"),
    ]);
    assert.match(
      stderr,
      new RegExp(`^skipped ${contentDir}/broken\\.md:\\d+: front matter is not valid YAML`, "m"),
    );
    assert.match(stdout, /^Built 5 articles, \d+ files changed; skipped 1 invalid: /);
    assert.equal((await readdir(path.join(outDir, "articles"))).length, 5);
  });
});
