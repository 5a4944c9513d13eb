import assert from "node:assert/strict";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { indexShards, layoutSearch, planShards, type SearchablePage } from "../../src/search/index.ts";
import { PageArrivals } from "../../src/search/pageArrivals.ts";
import { tempFolder } from "../support/tempFolder.ts";

/** Enough pages that the shard is indexed in a worker thread, as a real archive's are. */
const pageCount = 240;
/** Pages this build is still writing when indexing starts: few enough that the shard starts at once. */
const pendingUrls = new Set(["/articles/page-7/", "/articles/page-120/", "/articles/page-239/"]);

const pages: SearchablePage[] = Array.from({ length: pageCount }, (_, index) => ({
  url: `/articles/page-${index}/`,
  file: `articles/page-${index}/index.html`,
  published: `2015-03-${String((index % 28) + 1).padStart(2, "0")}`,
  fingerprint: String(index),
}));

const htmlOf = (page: SearchablePage) =>
  `<!doctype html><html lang="en"><head><title>${page.url}</title></head><body>` +
  `<main data-pagefind-body><h1>Story ${page.fingerprint}</h1><p>word${page.fingerprint} and cyber talks</p></main>` +
  "</body></html>";

async function writePage(siteDir: string, page: SearchablePage): Promise<void> {
  await mkdir(path.join(siteDir, path.dirname(page.file)), { recursive: true });
  await writeFile(path.join(siteDir, page.file), htmlOf(page));
}

async function filesOf(folder: string): Promise<Map<string, string>> {
  const names = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
  return new Map(
    await Promise.all(
      names.map(async (name) => [name, (await readFile(path.join(folder, name))).toString("hex")] as const),
    ),
  );
}

const bundleFiles = async (siteDir: string) =>
  new Map([...(await filesOf(path.join(siteDir, "pagefind")))].filter(([name]) => !name.endsWith(".json")));

/** Indexes `pages`, the pending ones read from `siteDir` once `arrivals` announces them. */
function index(siteDir: string, arrivals?: PageArrivals) {
  const shards = planShards(pages, 1000);
  return indexShards({
    siteDir,
    shards,
    layout: layoutSearch(shards),
    pageSource: (page) => ({
      url: page.url,
      file: path.join(siteDir, page.file),
      ...(arrivals && pendingUrls.has(page.url) && { pending: page.file }),
    }),
    ...(arrivals && { arrivals }),
  });
}

/** Whether the promise is still pending once the thread has had time to index everything it could. */
async function isWaiting(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  await new Promise((resolve) => setTimeout(resolve, 3000));
  return !settled;
}

// A test here that hangs has found a bug: indexing must never wait for a page that will not come.
describe("indexShards with pages still being written", { timeout: 120_000 }, () => {
  it("should wait for the pending pages and write the same bundle as with every page on disk", async () => {
    const whole = await tempFolder("shards-whole");
    await Promise.all(pages.map((page) => writePage(whole, page)));
    await index(whole);

    const growing = await tempFolder("shards-growing");
    await Promise.all(
      pages.filter((page) => !pendingUrls.has(page.url)).map((page) => writePage(growing, page)),
    );
    const arrivals = new PageArrivals();
    const indexing = index(growing, arrivals);
    assert.equal(await isWaiting(indexing), true, "indexing finished without the pages still being written");
    for (const page of pages.filter((candidate) => pendingUrls.has(candidate.url))) {
      await writePage(growing, page);
      arrivals.add([page.file]);
    }
    arrivals.end();
    const indexed = await indexing;

    assert.equal(indexed.pageCount, pageCount);
    assert.deepEqual(await bundleFiles(growing), await bundleFiles(whole));
  });

  it("should fail, not hang, when writing the pages fails", async () => {
    const siteDir = await tempFolder("shards-failed");
    await Promise.all(
      pages.filter((page) => !pendingUrls.has(page.url)).map((page) => writePage(siteDir, page)),
    );
    const arrivals = new PageArrivals();
    const indexing = index(siteDir, arrivals);
    arrivals.end(new Error("Eleventy failed"));
    await assert.rejects(indexing);
  });
});
