import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import type { ArticleRecord } from "../../src/ingest/schema.ts";
import { readSearchLayout } from "../../src/search/indexShards.ts";
import { type BrowserSite, openBrowserSite } from "../support/browserSite.ts";
import { chromiumUnavailable } from "../support/chromium.ts";
import { recordsBySeed } from "../support/readSite.ts";

const skip = chromiumUnavailable();
let harness: BrowserSite;
let seeds: Map<string, ArticleRecord>;
const title = (seed: string): string => seeds.get(seed)?.title ?? assert.fail(`seed ${seed} missing`);

async function resultTitles(page: Page, count: number): Promise<string[]> {
  await page.locator(".pagefind-ui__message", { hasText: `${count} result` }).waitFor();
  await page.waitForLoadState("networkidle");
  return page.locator(".pagefind-ui__result-link").allTextContents();
}

// One page per shard: every seed in a bundle of its own, merged in the browser as a large archive's are.
describe("search across shards in the browser", { skip }, () => {
  before(async () => {
    harness = await openBrowserSite({ shardPages: 1 });
    seeds = await recordsBySeed(harness.site.outDir);
  });
  after(() => harness?.close());

  it("should merge every shard", async () => {
    assert.equal((await readSearchLayout(harness.site.outDir))?.merged.length, 4);
    const page = await harness.browser.newPage();
    await page.goto(harness.url("/search/?q=cyber"));
    assert.equal((await resultTitles(page, 5)).length, 5);
    await page.close();
  });

  it("should order results newest first across shards, undated last", async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.url("/search/?q=cyber&order=newest"));
    const titles = await resultTitles(page, 5);
    assert.deepEqual(titles.slice(0, 3), [title("003"), title("001"), title("002")]);
    assert.deepEqual(titles.slice(3).sort(), [title("000"), title("004")].sort());
    await page.close();
  });

  it("should order results oldest first across shards, undated last", async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.url("/search/?q=cyber&order=oldest"));
    const titles = await resultTitles(page, 5);
    assert.deepEqual(titles.slice(0, 3), [title("002"), title("001"), title("003")]);
    assert.deepEqual(titles.slice(3).sort(), [title("000"), title("004")].sort());
    await page.close();
  });

  it("should count and apply a filter across shards", async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.url("/search/?q=cyber"));
    await resultTitles(page, 5);
    await page.getByLabel(/^Germany/).check();
    assert.deepEqual((await resultTitles(page, 2)).sort(), [title("000"), title("002")].sort());
    await page.close();
  });
});
