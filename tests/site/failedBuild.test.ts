import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { updateInPlace } from "../../src/site/applyStaged.ts";
import { buildSite, ContentProblemsError, resolveSiteConfig } from "../../src/site/index.ts";
import { replaceDirectory } from "../../src/site/replaceDirectory.ts";
import { buildSeedSite, type SeedSite } from "../support/seedSite.ts";

const cli = fileURLToPath(new URL("../../scripts/newsarchive.js", import.meta.url));
const run = promisify(execFile);

/** Every file below `dir` with its bytes, to prove a folder did not change. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  const entries = await Promise.all(
    files
      .filter((file) => file.isFile())
      .map(async (file) => {
        const full = path.join(file.parentPath, file.name);
        return [path.relative(dir, full), (await readFile(full)).toString("base64")] as const;
      }),
  );
  return new Map(entries);
}

let site: SeedSite;
let original: Map<string, string>;

before(async () => {
  site = await buildSeedSite();
  original = await snapshot(site.outDir);
  await writeFile(path.join(site.contentDir, "005_empty.txt"), "");
});
after(() => site?.remove());

describe("a build that fails", () => {
  it("should refuse content with problems and leave the previous site exactly as it was", async () => {
    await assert.rejects(
      buildSite({ contentDir: site.contentDir, outDir: site.outDir, site: resolveSiteConfig({}, {}) }),
      (error: unknown) => {
        assert.ok(error instanceof ContentProblemsError);
        assert.deepEqual(
          error.problems.map((problem) => problem.sourcePath),
          ["005_empty.txt"],
        );
        return true;
      },
    );
    assert.deepEqual(await snapshot(site.outDir), original);
    assert.deepEqual(
      (await readdir(site.workDir)).filter((name) => name.startsWith(".")),
      [],
      "no staging folder is left behind",
    );
  });

  it("should print each problem as path:line: message and exit 1 from the command line", async () => {
    const failure = await run(process.execPath, [
      cli,
      "build",
      "--content",
      site.contentDir,
      "--out",
      site.outDir,
    ]).then(
      () => assert.fail("build should have failed"),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(failure.code, 1);
    const lines = failure.stderr.trim().split("\n");
    assert.ok(
      lines.includes(
        `${site.contentDir}/005_empty.txt: file is empty: an article needs a headline and a body`,
      ),
    );
    assert.match(
      lines.at(-1) ?? "",
      /^newsarchive: 1 article has a problem; .* was left unchanged \(--skip-invalid publishes the rest\)$/,
    );
    assert.doesNotMatch(failure.stderr, /\n\s+at /, "no stack trace");
    assert.deepEqual(await snapshot(site.outDir), original);
  });

  it("should keep the previous folder when rendering itself throws", async () => {
    await assert.rejects(
      replaceDirectory(site.outDir, async (staging) => {
        await writeFile(path.join(staging, "index.html"), "half-written");
        throw new Error("renderer crashed");
      }),
      /renderer crashed/,
    );
    assert.deepEqual(await snapshot(site.outDir), original);
    assert.deepEqual((await readdir(site.workDir)).sort(), ["content", "site"]);
  });

  it("should keep the previous folder when an incremental build throws before applying its changes", async () => {
    await assert.rejects(
      updateInPlace(
        site.outDir,
        { previous: { generator: "newsarchive", build: "unused", files: [] }, build: "unused" },
        async (staging) => {
          await writeFile(path.join(staging, "index.html"), "half-written");
          throw new Error("indexer crashed");
        },
      ),
      /indexer crashed/,
    );
    assert.deepEqual(await snapshot(site.outDir), original);
    assert.deepEqual((await readdir(site.workDir)).sort(), ["content", "site"]);
  });

  it("should say which folder is missing instead of crashing", async () => {
    const failure = await run(process.execPath, [
      cli,
      "build",
      "--content",
      path.join(site.workDir, "nope"),
    ]).then(
      () => assert.fail("build should have failed"),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(failure.code, 1);
    assert.match(failure.stderr, /^newsarchive: --content .*nope: no such folder/);
  });
});
