import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import {
  addArticleDated,
  editHeadline,
  middleDay,
  removeArticle,
} from "../../scripts/bench/archiveChanges.ts";

let contentDir: string;
const records = [
  { sourcePath: "a.md", format: "markdown" as const, published: "2001-05-01T10:00" },
  { sourcePath: "b.md", format: "markdown" as const, published: "2010-01-02" },
  { sourcePath: "c.txt", format: "text" as const },
  { sourcePath: "d.md", format: "markdown" as const, published: "2020-07-07" },
];

before(async () => {
  contentDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-changes-"));
  await writeFile(path.join(contentDir, "a.md"), "---\ntitle: 'First'\n---\nText.\n");
  await writeFile(path.join(contentDir, "b.md"), '---\ntitle: "Second story"\n---\nText.\n');
  await writeFile(path.join(contentDir, "c.txt"), "Third\n\nText.\n");
  await writeFile(path.join(contentDir, "d.md"), "---\ntitle: Fourth\n---\nText.\n");
});
after(() => rm(contentDir, { recursive: true, force: true }));

describe("the benchmark's changes to the middle of an archive", () => {
  it("should take the median publication day of the dated records", () => {
    assert.equal(middleDay(records), "2010-01-02");
    assert.equal(middleDay([{ sourcePath: "x.txt", format: "text" }]), undefined);
  });

  it("should add a generated Markdown article dated on the given day", async () => {
    const name = await addArticleDated(contentDir, 1, 50, "2010-01-02");
    const text = await readFile(path.join(contentDir, name), "utf8");
    assert.match(text, /^published: '2010-01-02'$/m);
  });

  it("should edit the headline of the middle Markdown article, whatever its quotes", async () => {
    assert.equal(await editHeadline(contentDir, records), "b.md");
    assert.match(
      await readFile(path.join(contentDir, "b.md"), "utf8"),
      /^title: "Second story \(updated\)"$/m,
    );
  });

  it("should delete another Markdown article", async () => {
    assert.equal(await removeArticle(contentDir, records), "d.md");
    assert.ok(!(await readdir(contentDir)).includes("d.md"));
  });
});
