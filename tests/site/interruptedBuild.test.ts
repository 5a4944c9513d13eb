import assert from "node:assert/strict";
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { lockFileOf, lockOutputFolder } from "../../src/site/buildLock.ts";
import { buildSite, resolveSiteConfig } from "../../src/site/index.ts";
import { listFiles } from "../../src/site/siteFiles.ts";
import { journalFileOf, recoverInterruptedBuild } from "../../src/site/siteJournal.ts";
import { readSiteManifest } from "../../src/site/siteManifest.ts";
import { seedContentDir } from "../support/seedSite.ts";

const cli = fileURLToPath(new URL("../../scripts/newsarchive.js", import.meta.url));
const run = promisify(execFile);
const site = resolveSiteConfig({}, {});

let workDir: string;
let contentDir: string;
let outDir: string;
let homePage: string;

/** What sits beside the site besides the content: staging folders, journals and locks a build left. */
async function besideSite(): Promise<string[]> {
  return (await readdir(workDir)).filter((name) => !["cache", "content", "site"].includes(name)).sort();
}

/** Starts `newsarchive build` into the site and waits until it has begun writing its staging folder. */
async function startBuild(): Promise<{
  child: ChildProcess;
  ended: Promise<{ code: number | null; stderr: string }>;
}> {
  const args = ["build", "--content", contentDir, "--out", outDir, "--cache", path.join(workDir, "cache")];
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const ended = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, stderr })),
  );
  for (let waited = 0; !(await besideSite()).some((name) => name.startsWith(".site.building-")); waited++) {
    assert.ok(waited < 1500, "the build never started staging");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { child, ended };
}

before(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-interrupted-"));
  contentDir = path.join(workDir, "content");
  outDir = path.join(workDir, "site");
  await cp(seedContentDir, contentDir, { recursive: true });
  await buildSite({ contentDir, outDir, site });
  homePage = await readFile(path.join(outDir, "index.html"), "utf8");
  // Every build below must rebuild, so it stages a folder before it can be interrupted.
  await writeFile(path.join(contentDir, "zz_new.md"), "---\ntitle: A new article\n---\n\nA body.\n");
});
after(() => rm(workDir, { recursive: true, force: true }));

describe("a build interrupted by Ctrl+C", () => {
  it("should exit 130 saying the previous site was kept, and leave nothing beside it", async () => {
    const { child, ended } = await startBuild();
    child.kill("SIGINT");
    const { code, stderr } = await ended;
    assert.equal(code, 130);
    assert.match(stderr, /newsarchive: interrupted; the previous site in .*site was kept/);
    assert.deepEqual(await besideSite(), []);
    assert.equal(await readFile(path.join(outDir, "index.html"), "utf8"), homePage);
  });
});

describe("a build killed outright", () => {
  it("should leave staging and its lock to the next build, which removes them and builds", async () => {
    const { child, ended } = await startBuild();
    child.kill("SIGKILL");
    await ended;
    const left = await besideSite();
    assert.ok(
      left.some((name) => name.startsWith(".site.building-")),
      `left ${left.join(", ")}`,
    );
    assert.ok(left.includes(".site.lock"));
    await buildSite({ contentDir, outDir, site });
    assert.deepEqual(await besideSite(), []);
    assert.match(await readFile(path.join(outDir, "records.json"), "utf8"), /A new article/);
  });

  it("should finish an update that was killed half-way through, from its journal", async () => {
    const before = new Set(await listFiles(outDir));
    const staging = path.join(workDir, ".site.changes-test");
    await mkdir(path.join(staging, "articles", "brand-new"), { recursive: true });
    await writeFile(path.join(staging, "articles", "brand-new", "index.html"), "new page");
    await writeFile(path.join(staging, "index.html"), "new home");
    await writeFile(path.join(staging, "newsarchive-manifest.json"), "{}");
    const removed = [...before].find((file) => file.startsWith("articles/")) ?? "";
    const journal = {
      kind: "update",
      staging,
      moves: ["articles/brand-new/index.html"],
      entryFiles: ["index.html", "newsarchive-manifest.json"],
      deletes: [removed],
    };
    await writeFile(journalFileOf(outDir), JSON.stringify(journal));
    // Killed after the first move: the page is in, the home page not yet.
    await mkdir(path.join(outDir, "articles", "brand-new"));
    await rename(
      path.join(staging, "articles", "brand-new", "index.html"),
      path.join(outDir, "articles", "brand-new", "index.html"),
    );
    await recoverInterruptedBuild(outDir);
    assert.equal(await readFile(path.join(outDir, "index.html"), "utf8"), "new home");
    assert.equal(
      await readFile(path.join(outDir, "articles", "brand-new", "index.html"), "utf8"),
      "new page",
    );
    assert.ok(!(await listFiles(outDir)).includes(removed));
    assert.deepEqual(await besideSite(), []);
    await rm(outDir, { recursive: true });
    await buildSite({ contentDir, outDir, site });
  });

  it("should remove staging folders that builds of an older version left", async () => {
    for (const name of [".site.building-abc123", ".site.changes-def456", ".site.previous-ghi789"]) {
      await mkdir(path.join(workDir, name, "articles"), { recursive: true });
    }
    await recoverInterruptedBuild(outDir);
    assert.deepEqual(await besideSite(), []);
  });
});

describe("two builds of one site at once", () => {
  it("should refuse the second with one line naming the build that holds the site", async () => {
    const release = await lockOutputFolder(outDir);
    try {
      const args = [
        "build",
        "--content",
        contentDir,
        "--out",
        outDir,
        "--cache",
        path.join(workDir, "cache"),
      ];
      const failure = await run(process.execPath, [cli, ...args]).then(
        () => assert.fail("the second build should have been refused"),
        (error: { code: number; stderr: string }) => error,
      );
      assert.equal(failure.code, 1);
      assert.match(
        failure.stderr,
        new RegExp(`^newsarchive: another build \\(process ${process.pid}\\) is writing --out .*site; wait`),
      );
      assert.equal(failure.stderr.trim().split("\n").length, 1);
    } finally {
      await release();
    }
    assert.deepEqual(await besideSite(), []);
  });

  it("should take over the lock of a build that is gone", async () => {
    await writeFile(lockFileOf(outDir), JSON.stringify({ pid: 2 ** 22 + 1, host: os.hostname() }));
    await buildSite({ contentDir, outDir, site });
    assert.deepEqual(await besideSite(), []);
    assert.ok((await readSiteManifest(outDir))?.files.includes("index.html"));
  });
});
