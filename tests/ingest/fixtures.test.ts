import assert from "node:assert/strict";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { parseArticle } from "../../src/ingest/index.ts";

/** Each folder holds one article (under its real file name, which the parser reads) and `expected.json`. */
const fixturesDir = path.join(import.meta.dirname, "../fixtures/ingest");
/** `UPDATE_FIXTURES=1 npm run test:unit` rewrites the expected files on purpose; review the diff before committing. */
const updating = process.env.UPDATE_FIXTURES === "1";

/** A fixed day, so an expected record never changes with the calendar. */
const fixturesReadOn = "2026-12-02";

describe("ingest fixtures", async () => {
  for (const name of (await readdir(fixturesDir)).sort()) {
    it(`should parse ${name} into its expected record`, async () => {
      const folder = path.join(fixturesDir, name);
      const [articleFile] = (await readdir(folder)).filter((file) => file !== "expected.json");
      assert.ok(articleFile, `${name} has no article file`);
      const record = parseArticle({
        bytes: await readFile(path.join(folder, articleFile)),
        sourcePath: articleFile,
        today: fixturesReadOn,
      });
      const expectedPath = path.join(folder, "expected.json");
      if (updating) await writeFile(expectedPath, `${JSON.stringify(record, null, 2)}\n`);
      const expected: unknown = JSON.parse(await readFile(expectedPath, "utf8"));
      assert.deepEqual(record, expected);
    });
  }
});
