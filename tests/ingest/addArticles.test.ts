import assert from "node:assert/strict";
import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { addArticles } from "../../src/ingest/index.ts";
import { safeFileName } from "../../src/ingest/safeFileName.ts";
import { tempFolder } from "../support/tempFolder.ts";

async function archiveWith(files: Record<string, string>): Promise<{ content: string; inbox: string }> {
  const root = await tempFolder("add");
  const content = path.join(root, "content");
  const inbox = path.join(root, "inbox");
  await mkdir(content);
  await mkdir(inbox);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(content, name), text);
  return { content, inbox };
}

describe("adding articles", () => {
  it("should copy a valid article under a safe name and report its URL", async () => {
    const { content, inbox } = await archiveWith({});
    const file = path.join(inbox, "2014-07-17 Xi: respect $(cyber) sovereignty!.txt");
    await writeFile(file, "Xi urges respect for cyber sovereignty\n\nBRASILIA — Xi spoke.\n");
    const [outcome] = await addArticles([file], content);
    assert.equal(outcome?.kind, "added");
    assert.equal(
      outcome?.kind === "added" && outcome.sourcePath,
      "2014-07-17 Xi- respect -cyber- sovereignty.txt",
    );
    assert.match(
      outcome?.kind === "added" ? outcome.record.url : "",
      /^\/articles\/xi-urges-respect-for-cyber-sovereignty-[0-9a-f]{6}\/$/,
    );
    assert.equal(outcome?.kind === "added" && outcome.record.published, "2014-07-17");
  });

  it("should refuse bytes already in the archive and never overwrite a file", async () => {
    const { content, inbox } = await archiveWith({ "story.txt": "Old headline\n\nOld body.\n" });
    await writeFile(path.join(inbox, "copy.txt"), "Old headline\n\nOld body.\n");
    await writeFile(path.join(inbox, "story.txt"), "New headline\n\nNew body.\n");
    const outcomes = await addArticles([inbox], content);
    assert.deepEqual(
      outcomes.map((outcome) => [
        outcome.kind,
        outcome.kind === "added" ? outcome.sourcePath : outcome.reason,
      ]),
      [
        ["refused", "already in the archive as story.txt"],
        ["added", "story-2.txt"],
      ],
    );
    assert.equal(await readFile(path.join(content, "story.txt"), "utf8"), "Old headline\n\nOld body.\n");
    assert.deepEqual((await readdir(content)).sort(), ["story-2.txt", "story.txt"]);
  });

  it("should keep two articles with one headline and date, at distinct URLs, with a warning", async () => {
    const { content, inbox } = await archiveWith({
      "a.txt": "Same headline\n\nApril 1, 2020\n\nFirst body.\n",
    });
    await writeFile(path.join(inbox, "b.txt"), "Same headline\n\nApril 1, 2020\n\nSecond body.\n");
    const [outcome] = await addArticles([path.join(inbox, "b.txt")], content);
    assert.equal(outcome?.kind === "added" && outcome.likelyDuplicateOf, "a.txt");
    assert.notEqual(outcome?.kind === "added" && outcome.record.slug, "same-headline");
  });

  it("should refuse an invalid article with the same message as check", async () => {
    const { content, inbox } = await archiveWith({});
    await writeFile(path.join(inbox, "bad.md"), "---\ntitle: 123\n---\nBody.\n");
    const [outcome] = await addArticles([path.join(inbox, "bad.md")], content);
    assert.deepEqual(outcome, {
      kind: "refused",
      file: path.join(inbox, "bad.md"),
      reason: "title: 123 has the wrong type (expected string)",
      line: 2,
    });
    assert.deepEqual(await readdir(content), []);
  });

  it("should refuse links at any depth of a folder, to a file or a folder outside, without following them", async () => {
    const { content, inbox } = await archiveWith({});
    const outside = await tempFolder("outside");
    await mkdir(path.join(outside, "private"));
    await writeFile(path.join(outside, "secret.txt"), "Secret headline\n\nNot for the archive.\n");
    await writeFile(path.join(outside, "private", "diary.txt"), "Diary headline\n\nNot for the archive.\n");
    const deep = path.join(inbox, "2015", "april");
    await mkdir(deep, { recursive: true });
    await writeFile(path.join(inbox, "2015", "story.txt"), "Real headline\n\nReal body.\n");
    await symlink(path.join(outside, "secret.txt"), path.join(deep, "secret.txt"));
    await symlink(path.join(outside, "private"), path.join(deep, "private"));
    const outcomes = await addArticles([inbox], content);
    const symlinkRefusal = "is a symbolic link, which is not followed: copy what it points to instead";
    assert.deepEqual(
      outcomes.map((outcome) => [outcome.kind, outcome.file, outcome.kind === "refused" && outcome.reason]),
      [
        ["refused", path.join(deep, "private"), symlinkRefusal],
        ["refused", path.join(deep, "secret.txt"), symlinkRefusal],
        ["added", path.join(inbox, "2015", "story.txt"), false],
      ],
    );
    assert.deepEqual(await readdir(content), ["story.txt"]);
  });

  it("should refuse a link given directly, even to a valid article", async () => {
    const { content, inbox } = await archiveWith({});
    await writeFile(path.join(inbox, "real.txt"), "Real headline\n\nReal body.\n");
    await symlink(path.join(inbox, "real.txt"), path.join(inbox, "link.txt"));
    const outcomes = await addArticles([path.join(inbox, "link.txt")], content);
    assert.deepEqual(outcomes, [
      {
        kind: "refused",
        file: path.join(inbox, "link.txt"),
        reason: "is a symbolic link, which is not followed: copy what it points to instead",
      },
    ]);
    assert.deepEqual(await readdir(content), []);
  });

  it("should make file names safe for shells and file systems", () => {
    assert.equal(safeFileName("../../etc/passwd.txt"), "passwd.txt");
    assert.equal(safeFileName("-rf ; rm *.md"), "rf - rm.md");
    assert.equal(safeFileName("Café 🌍 news.TXT"), "Café - news.txt");
    assert.equal(safeFileName(".hidden.txt"), "hidden.txt");
  });
});
