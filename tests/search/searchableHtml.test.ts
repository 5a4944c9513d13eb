import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import * as pagefind from "pagefind";
import { searchableHtml } from "../../src/search/searchableHtml.ts";
import { buildSeedSite, type SeedSite } from "../support/seedSite.ts";

async function filesOf(folder: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
  return new Map(
    await Promise.all(names.map(async (name) => [name, await readFile(path.join(folder, name))] as const)),
  );
}

async function bundleOf(pages: readonly { url: string; html: string }[], outputPath: string) {
  const { index } = await pagefind.createIndex({ forceLanguage: "en" });
  assert.ok(index);
  for (const page of pages)
    assert.deepEqual((await index.addHTMLFile({ url: page.url, content: page.html })).errors, []);
  assert.deepEqual((await index.writeFiles({ outputPath })).errors, []);
  await index.deleteIndex();
  return filesOf(outputPath);
}

describe("the part of a page handed to Pagefind", () => {
  let site: SeedSite;
  let work: string;
  before(async () => {
    site = await buildSeedSite();
    work = await mkdtemp(path.join(os.tmpdir(), "newsarchive-searchable-"));
  });
  after(async () => {
    await pagefind.close();
    await site.remove();
    await rm(work, { recursive: true, force: true });
  });

  it("should give the same search bundle, byte for byte, as the whole article pages", async () => {
    const articles = path.join(site.outDir, "articles");
    const pages = await Promise.all(
      (await readdir(articles)).map(async (slug) => ({
        url: `/articles/${slug}/`,
        html: await readFile(path.join(articles, slug, "index.html"), "utf8"),
      })),
    );
    assert.equal(pages.length, 5);
    for (const page of pages) assert.ok(searchableHtml(page.html).length < page.html.length / 2, page.url);
    const whole = await bundleOf(pages, path.join(work, "whole"));
    const part = await bundleOf(
      pages.map((page) => ({ ...page, html: searchableHtml(page.html) })),
      path.join(work, "part"),
    );
    assert.deepEqual([...part.keys()].sort(), [...whole.keys()].sort());
    for (const [name, bytes] of whole) assert.ok(part.get(name)?.equals(bytes), name);
  });

  it("should keep the element whole when the same tag is nested in it", () => {
    const page = `<html lang="de"><body><nav>x</nav><main data-pagefind-body><main>a</main><p>b</p></main><footer>y</footer></body></html>`;
    assert.equal(
      searchableHtml(page),
      `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head><body><main data-pagefind-body><main>a</main><p>b</p></main></body></html>`,
    );
  });

  it("should hand over the whole page when Pagefind may read something outside the element", () => {
    for (const outside of [
      `<span data-pagefind-filter="tag">x</span>`,
      `<h1>Title</h1>`,
      `<img src="a.png" alt="">`,
    ]) {
      const page = `<html lang="en"><body>${outside}<article data-pagefind-body><p>b</p></article></body></html>`;
      assert.equal(searchableHtml(page), page, outside);
    }
  });

  it("should hand over the whole page without a body element, or with one left open", () => {
    const plain = `<html lang="en"><head><title>data-pagefind-body</title></head><body><p>b</p></body></html>`;
    assert.equal(searchableHtml(plain), plain);
    const open = `<html lang="en"><body><article data-pagefind-body><p>b</p></body></html>`;
    assert.equal(searchableHtml(open), open);
  });
});
