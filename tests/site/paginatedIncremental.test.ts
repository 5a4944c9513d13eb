import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { rowsPerPage } from "../../src/archive/pagination.ts";
import { buildSite, resolveSiteConfig } from "../../src/site/index.ts";
import { assertSameSite } from "../support/sameSite.ts";

const site = resolveSiteConfig({}, {});
const secondPage = "people/angela-merkel/page/2/index.html";

let workDir: string;
let contentDir: string;
let outDir: string;

/** One more article than a page holds, each naming the same person, so her list runs onto a second page. */
function article(index: number): string {
  const day = String((index % 28) + 1).padStart(2, "0");
  const month = String((index % 12) + 1).padStart(2, "0");
  return `---
title: Angela Merkel meets envoy ${index}
published: 2015-${month}-${day}
---
Angela Merkel met envoy ${index} in Berlin on Monday. Angela Merkel said the talks would go on.
`;
}

const build = (out: string, cache: string) =>
  buildSite({ contentDir, outDir: out, cacheDir: path.join(workDir, cache), site });

before(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-paginated-"));
  contentDir = path.join(workDir, "content");
  outDir = path.join(workDir, "site");
  await mkdir(contentDir);
  for (let index = 0; index <= rowsPerPage; index++) {
    await writeFile(path.join(contentDir, `envoy-${index}.md`), article(index));
  }
  await build(outDir, "cache");
});

after(() => rm(workDir, { recursive: true, force: true }));

describe("an incremental build of a paginated person", () => {
  it("should write a second page of her articles", async () => {
    assert.match(
      await readFile(path.join(outDir, secondPage), "utf8"),
      /rel="prev" href="\/people\/angela-merkel\/"/,
    );
  });

  it("should delete the second page when her articles fit on one, leaving what a fresh build writes", async () => {
    await rm(path.join(contentDir, "envoy-0.md"));
    const result = await build(outDir, "cache");
    assert.equal(result.unchanged, false);
    const freshDir = path.join(workDir, "fresh");
    await build(freshDir, "fresh-cache");
    await assert.rejects(readFile(path.join(outDir, secondPage)));
    await assertSameSite(outDir, freshDir);
  });
});
