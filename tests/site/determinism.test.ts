import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { buildSite, resolveSiteConfig } from "../../src/site/index.ts";
import { hostileContentDir } from "../support/hostileSite.ts";
import { seedContentDir } from "../support/seedSite.ts";

let workDir: string;
let contentDir: string;

/** Every file below `folder` with the hash of its bytes. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) =>
    entry.isFile(),
  );
  const entries = await Promise.all(
    files.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [
        path.relative(folder, file),
        createHash("sha256")
          .update(await readFile(file))
          .digest("hex"),
      ] as const;
    }),
  );
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

before(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-determinism-"));
  contentDir = path.join(workDir, "content");
  await cp(seedContentDir, contentDir, { recursive: true });
  await cp(hostileContentDir, contentDir, { recursive: true });
});
after(() => rm(workDir, { recursive: true, force: true }));

describe("two builds of the same content", () => {
  it("should be byte-identical and leave every input file as it was", async () => {
    const inputBefore = await snapshot(contentDir);
    const site = resolveSiteConfig({}, {});
    const first = path.join(workDir, "first");
    const second = path.join(workDir, "second");
    await buildSite({ contentDir, outDir: first, site, cacheDir: path.join(workDir, "cache-1") });
    await buildSite({ contentDir, outDir: second, site, cacheDir: path.join(workDir, "cache-2") });
    const firstFiles = await snapshot(first);
    assert.ok(Object.keys(firstFiles).length > 40);
    assert.deepEqual(await snapshot(second), firstFiles);
    assert.deepEqual(await snapshot(contentDir), inputBefore);
  });
});
