import assert from "node:assert/strict";
import { mkdir, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { inspectOutputFolder, OutputFolderError } from "../../src/site/outputFolder.ts";
import { listFiles, listFilesAside } from "../../src/site/siteFiles.ts";
import { writeSiteManifest } from "../../src/site/siteManifest.ts";
import { tempFolder } from "../support/tempFolder.ts";

/** A site-shaped folder: `count` pages, one folder each, below a few top-level folders. */
async function writeSite(root: string, count: number): Promise<string[]> {
  const files = Array.from({ length: count }, (_, page) => `part-${page % 7}/page-${page}/index.html`);
  await Promise.all(
    files.map(async (file) => {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), "<p>page</p>");
    }),
  );
  await writeFile(path.join(root, "index.html"), "<p>home</p>");
  return [...files, "index.html"];
}

describe("listing a site's files", () => {
  it("should list every file below the folder, on a thread of its own or not, and no folder or link", async () => {
    const root = await tempFolder("list");
    const files = await writeSite(root, 40);
    await symlink(path.join(root, "index.html"), path.join(root, "link.html"));
    await mkdir(path.join(root, "empty"));
    assert.deepEqual((await listFiles(root)).sort(), files.sort());
    assert.deepEqual((await listFilesAside(root)).sort(), files.sort());
  });

  it("should fail, not hang, when the folder cannot be listed", async () => {
    const missing = path.join(await tempFolder("list"), "gone");
    await assert.rejects(listFilesAside(missing), /ENOENT/);
  });
});

describe("inspecting a large output folder", () => {
  // Past 5,000 files the listing runs on a thread of its own.
  const pages = 5_200;

  it("should name a file the build did not write, and see a file that is missing", async () => {
    const root = await tempFolder("inspect");
    const files = await writeSite(root, pages);
    await writeSiteManifest(root, "build", files);
    assert.deepEqual(await inspectOutputFolder(root, "site", "every file"), {
      manifest: { generator: "newsarchive", build: "build", files: [...files].sort() },
      complete: true,
    });
    await rm(path.join(root, "part-3/page-10/index.html"));
    assert.equal((await inspectOutputFolder(root, "site", "every file")).complete, false);
    await writeFile(path.join(root, "part-5/page-12/notes.txt"), "mine");
    await assert.rejects(
      inspectOutputFolder(root, "site", "every file"),
      (error: unknown) =>
        error instanceof OutputFolderError &&
        /part-5\/page-12\/notes\.txt, which newsarchive did not write/.test(error.message),
    );
  });
});
