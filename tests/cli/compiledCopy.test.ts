import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { before, describe, it } from "node:test";
import { promisify } from "node:util";
import { compiledCopy } from "../../scripts/compile.js";
import { assertSameSite } from "../support/sameSite.ts";
import { seedContentDir } from "../support/seedSite.ts";
import { tempFolder } from "../support/tempFolder.ts";

const root = path.join(import.meta.dirname, "../..");
const bin = path.join(root, "scripts/newsarchive.js");
const sourceCli = path.join(root, "src/cli/main.ts");

describe("the compiled copy the CLI runs", () => {
  let work: string;
  before(async () => {
    work = await tempFolder("compiled");
    await cp(seedContentDir, path.join(work, "content"), { recursive: true });
  });

  /** `newsarchive build` of the seeds into `<work>/<name>`, with a cache of its own. */
  const build = (name: string, ...command: string[]) =>
    promisify(execFile)(
      process.execPath,
      [...command, "build", "--content", "content", "--out", name, "--cache", `${name}-cache`],
      {
        cwd: work,
      },
    );

  it("should hold every module, template and asset as plain JavaScript, and be made once for the same sources", async () => {
    const folder = await compiledCopy();
    const files = await readdir(folder, { recursive: true });
    for (const file of ["src/cli/main.js", "src/ingest/parallel/parseWorker.js", ".eleventy.js"])
      assert.ok(files.includes(file), `${file} is missing`);
    assert.ok(files.includes(path.join("layouts", "article.11ty.js")));
    assert.ok(files.includes(path.join("layouts", "assets", "base.css")));
    assert.deepEqual(
      files.filter((file) => file.endsWith(".ts")),
      [],
    );
    const made = (await stat(folder)).mtimeMs;
    assert.equal(await compiledCopy(), folder);
    assert.equal((await stat(folder)).mtimeMs, made);
  });

  it("should build the same site as the TypeScript sources run through tsx, byte for byte", async () => {
    await build("compiled", bin);
    await build("sources", "--import", import.meta.resolve("tsx"), sourceCli);
    await assertSameSite(path.join(work, "compiled"), path.join(work, "sources"));
  });
});
