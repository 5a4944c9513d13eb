import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { buildSite, resolveSiteConfig } from "../../src/site/index.ts";
import { projectRoot } from "../../src/site/projectFiles.ts";
import { seedContentDir } from "../support/seedSite.ts";

const cli = fileURLToPath(new URL("../../scripts/newsarchive.js", import.meta.url));
const run = promisify(execFile);
const site = resolveSiteConfig({}, {});

let workDir: string;
let contentDir: string;
let seedFiles: string[];

/** Runs `newsarchive build` in `workDir` and returns how it ended; it must not succeed. */
async function refusedBuild(args: string[]): Promise<{ code: number; stderr: string }> {
  return run(process.execPath, [cli, "build", "--content", contentDir, ...args], { cwd: workDir }).then(
    () => assert.fail(`build ${args.join(" ")} should have been refused`),
    (error: { code: number; stderr: string }) => error,
  );
}

/** The refusal is one line, no stack trace, and every article is still there. */
async function assertRefusedIntact(
  failure: { code: number; stderr: string },
  message: RegExp,
): Promise<void> {
  assert.equal(failure.code, 1);
  assert.match(failure.stderr, message);
  assert.equal(failure.stderr.trim().split("\n").length, 1, failure.stderr);
  assert.deepEqual((await readdir(contentDir)).sort(), seedFiles);
}

before(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-out-"));
  contentDir = path.join(workDir, "content");
  await cp(seedContentDir, contentDir, { recursive: true });
  seedFiles = (await readdir(contentDir)).sort();
});
after(() => rm(workDir, { recursive: true, force: true }));

describe("an output folder that a build would destroy something in", () => {
  it("should refuse the content folder itself, and keep every article", async () => {
    const failure = await refusedBuild(["--out", contentDir]);
    await assertRefusedIntact(failure, /^newsarchive: --out .*content would replace the content folder/);
  });

  it("should refuse a folder inside the content folder", async () => {
    const failure = await refusedBuild(["--out", path.join(contentDir, "site")]);
    await assertRefusedIntact(failure, /lies inside the content folder/);
  });

  it("should refuse the working folder (`--out .`) and a folder holding the content", async () => {
    await assertRefusedIntact(await refusedBuild(["--out", "."]), /^newsarchive: --out \. would replace/);
    await assertRefusedIntact(await refusedBuild(["--out", path.dirname(workDir)]), /would replace/);
  });

  it("should refuse the cache and a folder inside it", async () => {
    const cache = path.join(workDir, "cache");
    await assertRefusedIntact(
      await refusedBuild(["--out", cache, "--cache", cache]),
      /would replace the cache/,
    );
    const inside = path.join(cache, "site");
    await assertRefusedIntact(
      await refusedBuild(["--out", inside, "--cache", cache]),
      /lies inside the cache/,
    );
  });

  it("should refuse a folder inside a .git or node_modules folder, or inside newsarchive's own code", async () => {
    await mkdir(path.join(workDir, "repo-with-git", ".git"), { recursive: true });
    await assertRefusedIntact(
      await refusedBuild(["--out", path.join(workDir, "repo-with-git", ".git", "site")]),
      /lies inside a \.git folder$/m,
    );
    await assertRefusedIntact(
      await refusedBuild(["--out", path.join(workDir, "node_modules", "site")]),
      /lies inside a node_modules folder$/m,
    );
    await assertRefusedIntact(
      await refusedBuild(["--out", path.join(projectRoot, "layouts", "site")]),
      /lies inside newsarchive's own layouts folder$/m,
    );
    assert.deepEqual(await readdir(path.join(workDir, "repo-with-git", ".git")), []);
  });

  it("should refuse the root of the file system in one line", async () => {
    await assertRefusedIntact(await refusedBuild(["--out", "/"]), /^newsarchive: --out \/ is the root/);
  });

  it("should refuse an existing file and leave it as it was", async () => {
    const file = path.join(workDir, "notes.txt");
    await writeFile(file, "my notes");
    await assertRefusedIntact(await refusedBuild(["--out", file]), /is a file, not a folder/);
    assert.equal(await readFile(file, "utf8"), "my notes");
  });

  it("should refuse a git work tree and a folder of someone else's files, touching nothing", async () => {
    const repo = path.join(workDir, "repo");
    await mkdir(path.join(repo, ".git"), { recursive: true });
    await writeFile(path.join(repo, "README.md"), "mine");
    await assertRefusedIntact(await refusedBuild(["--out", repo]), /is a git work tree/);
    const photos = path.join(workDir, "photos");
    await mkdir(photos);
    await writeFile(path.join(photos, "cat.jpg"), "meow");
    await assertRefusedIntact(await refusedBuild(["--out", photos]), /holds files newsarchive did not write/);
    assert.deepEqual(await readdir(repo), [".git", "README.md"]);
    assert.equal(await readFile(path.join(photos, "cat.jpg"), "utf8"), "meow");
  });

  it("should refuse a built site to which someone added a file, naming the file", async () => {
    const outDir = path.join(workDir, "published");
    await buildSite({ contentDir, outDir, site });
    await writeFile(path.join(outDir, "CNAME"), "news.example.org");
    await assertRefusedIntact(
      await refusedBuild(["--out", outDir]),
      /holds CNAME, which newsarchive did not/,
    );
    assert.equal(await readFile(path.join(outDir, "CNAME"), "utf8"), "news.example.org");
  });
});

describe("the output folder's mode", () => {
  it("should be 0755 for a new site, so a web server running as another user can read it", async () => {
    const outDir = path.join(workDir, "fresh");
    await buildSite({ contentDir, outDir, site });
    assert.equal((await stat(outDir)).mode & 0o777, 0o755);
  });

  it("should stay what the owner set when the site is rebuilt", async () => {
    const outDir = path.join(workDir, "private");
    await buildSite({ contentDir, outDir, site });
    await chmod(outDir, 0o750);
    await writeFile(path.join(contentDir, "zz_extra.md"), "---\ntitle: An extra article\n---\n\nA body.\n");
    try {
      await buildSite({ contentDir, outDir, site });
    } finally {
      await rm(path.join(contentDir, "zz_extra.md"));
    }
    assert.equal((await stat(outDir)).mode & 0o777, 0o750);
  });
});

describe("the no-change shortcut", () => {
  it("should rebuild a site whose pages were deleted, although the cache says nothing changed", async () => {
    const outDir = path.join(workDir, "damaged");
    const cacheDir = path.join(workDir, "damaged-cache");
    await buildSite({ contentDir, outDir, cacheDir, site });
    await rm(path.join(outDir, "articles"), { recursive: true });
    const result = await buildSite({ contentDir, outDir, cacheDir, site });
    assert.equal(result.unchanged, false);
    assert.equal((await readdir(path.join(outDir, "articles"))).length, 5);
  });

  it("should rebuild a site missing one article's folder, and refuse one given a file, with nothing changed", async () => {
    const outDir = path.join(workDir, "one-missing");
    const cacheDir = path.join(workDir, "one-missing-cache");
    await buildSite({ contentDir, outDir, cacheDir, site });
    const [firstArticle] = await readdir(path.join(outDir, "articles"));
    await rm(path.join(outDir, "articles", firstArticle ?? ""), { recursive: true });
    const rebuilt = await buildSite({ contentDir, outDir, cacheDir, site });
    assert.equal(rebuilt.unchanged, false);
    assert.equal((await readdir(path.join(outDir, "articles"))).length, 5);
    await writeFile(path.join(outDir, "CNAME"), "news.example.org");
    await assert.rejects(
      buildSite({ contentDir, outDir, cacheDir, site }),
      /holds CNAME, which newsarchive did not/,
    );
  });

  it("should not trust a cache that describes another build of the same folder", async () => {
    const outDir = path.join(workDir, "shared-out");
    const otherContent = path.join(workDir, "other-content");
    await mkdir(otherContent);
    await cp(path.join(contentDir, seedFiles[0] ?? ""), path.join(otherContent, seedFiles[0] ?? ""));
    const cacheA = path.join(workDir, "cache-a");
    await buildSite({ contentDir, outDir, cacheDir: cacheA, site });
    await buildSite({ contentDir: otherContent, outDir, cacheDir: path.join(workDir, "cache-b"), site });
    const again = await buildSite({ contentDir, outDir, cacheDir: cacheA, site });
    assert.equal(again.unchanged, false);
    const records = JSON.parse(await readFile(path.join(outDir, "records.json"), "utf8")) as unknown[];
    assert.equal(records.length, 5);
  });
});
