import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import { mkdir, readdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { promisify } from "node:util";
import { tempFolder } from "../support/tempFolder.ts";

const bin = path.join(import.meta.dirname, "../../scripts/newsarchive.js");

interface Run {
  code: number | string;
  stdout: string;
  stderr: string;
}

/** Runs `newsarchive add`, killed after 60 s (a loaded machine needs 20): reading a named pipe would otherwise wait forever. */
async function add(contentDir: string, ...inputs: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [bin, "add", ...inputs, "--content", contentDir],
      { timeout: 60_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number | null; signal: string | null; stdout: string; stderr: string };
    return {
      code: failed.code ?? `killed by ${failed.signal}`,
      stdout: failed.stdout,
      stderr: failed.stderr,
    };
  }
}

async function emptyArchive(): Promise<{ content: string; inbox: string }> {
  const root = await tempFolder("add-cli");
  const content = path.join(root, "content");
  const inbox = path.join(root, "inbox");
  await mkdir(content);
  await mkdir(inbox);
  return { content, inbox };
}

describe("newsarchive add", () => {
  it("should refuse a named pipe given alone, on one line naming it, instead of waiting on it", async () => {
    const { content, inbox } = await emptyArchive();
    const pipe = path.join(inbox, "pipe.txt");
    execFileSync("mkfifo", [pipe]);
    const run = await add(content, pipe);
    assert.deepEqual(run, {
      code: 1,
      stdout: "",
      stderr: `${pipe}: not added: is a named pipe, not a regular file\n`,
    });
    assert.deepEqual(await readdir(content), []);
  });

  it("should name each pipe and link in a folder on its own line and add the articles beside them", async () => {
    const { content, inbox } = await emptyArchive();
    const outside = await tempFolder("outside");
    await writeFile(path.join(outside, "secret.txt"), "Secret headline\n\nNot for the archive.\n");
    const deep = path.join(inbox, "a", "b");
    await mkdir(deep, { recursive: true });
    await writeFile(path.join(inbox, "a", "story.txt"), "Real headline\n\nReal body.\n");
    execFileSync("mkfifo", [path.join(deep, "pipe.txt")]);
    await symlink(path.join(outside, "secret.txt"), path.join(deep, "secret.txt"));
    await symlink(outside, path.join(deep, "outside"));
    const run = await add(content, inbox);
    const linkLine = "not added: is a symbolic link, which is not followed: copy what it points to instead";
    assert.deepEqual(run.stderr.split("\n"), [
      `${path.join(deep, "outside")}: ${linkLine}`,
      `${path.join(deep, "pipe.txt")}: not added: is a named pipe, not a regular file`,
      `${path.join(deep, "secret.txt")}: ${linkLine}`,
      "",
    ]);
    assert.match(
      run.stdout,
      /^added .*story\.txt as .*story\.txt → \/articles\/real-headline-[0-9a-f]{6}\/\n$/,
    );
    assert.equal(run.code, 1);
    assert.deepEqual(await readdir(content), ["story.txt"]);
  });
});
