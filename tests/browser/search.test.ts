import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import type { ArticleRecord } from "../../src/ingest/schema.ts";
import { type BrowserSite, openBrowserSite } from "../support/browserSite.ts";
import { chromiumUnavailable } from "../support/chromium.ts";
import { recordsBySeed } from "../support/readSite.ts";

const skip = chromiumUnavailable();
let harness: BrowserSite;
let seeds: Map<string, ArticleRecord>;
const title = (seed: string): string => seeds.get(seed)?.title ?? assert.fail(`seed ${seed} missing`);

/**
 * Waits until Pagefind has announced its results and fetched every fragment and filter chunk, so the
 * filter list has stopped re-rendering before a test clicks it; then reads the results' headlines.
 */
async function resultTitles(page: Page, count?: number): Promise<string[]> {
  const pattern = count === undefined ? "result" : `${count} result`;
  await page.locator(".pagefind-ui__message", { hasText: pattern }).waitFor();
  await page.waitForLoadState("networkidle");
  return page.locator(".pagefind-ui__result-link").allTextContents();
}

describe("search in the browser", { skip }, () => {
  before(async () => {
    harness = await openBrowserSite();
    seeds = await recordsBySeed(harness.site.outDir);
  });
  after(() => harness?.close());

  it("should find seed 001 when searching for encryption", async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.url("/search/?q=encryption"));
    const titles = await resultTitles(page);
    assert.ok(titles.includes(title("001")), titles.join(" | "));
    assert.equal(title("001"), "US 'aggressively' raising cybersecurity with China: official");
    await page.close();
  });

  it("should show only seeds 000 and 002 for cyber with the country filter Germany", async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.url("/search/?q=cyber"));
    await resultTitles(page);
    await page.getByLabel(/^Germany/).check();
    const titles = await resultTitles(page, 2);
    assert.deepEqual([...titles].sort(), [title("000"), title("002")].sort());
    await page.close();
  });

  it("should leave the index to the search worker, so the page's own thread never loads Pagefind", async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.url("/search/?q=encryption"));
    assert.ok((await resultTitles(page)).includes(title("001")));
    const workers = page.workers().map((worker) => new URL(worker.url()).pathname);
    assert.deepEqual(workers, ["/assets/search-engine.js"]);
    const pageDownloads = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname),
    );
    assert.deepEqual(
      pageDownloads.filter((downloaded) => downloaded.startsWith("/pagefind/")),
      [],
    );
    await page.close();
  });

  it("should show the last query's results when the reader types faster than searches run", async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.url("/search/"));
    await page.locator(".pagefind-ui__search-input").pressSequentially("encryption", { delay: 15 });
    await page.locator(".pagefind-ui__message", { hasText: "for “encryption”" }).waitFor();
    assert.ok((await resultTitles(page)).includes(title("001")));
    await page.close();
  });

  it("should offer the whole archive's filter values before a search, the most frequent first", async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.url("/search/"));
    const countries = page.locator("#search-filters fieldset", { hasText: "Country" }).locator("label");
    await countries.first().waitFor();
    assert.match((await countries.first().textContent()) ?? "", /^China 5$/);
    await page.close();
  });

  it("should carry a query from the header search box on any page to the search results", async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.url("/countries/"));
    await page.getByRole("searchbox", { name: "Search the archive" }).fill("encryption");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=encryption$/);
    assert.ok((await resultTitles(page)).includes(title("001")));
    assert.equal(await page.locator(".pagefind-ui__search-input").inputValue(), "encryption");
    await page.close();
  });

  it("should keep undated articles in the results when ordered by date", async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.url("/search/?q=cyber"));
    await resultTitles(page, 5);
    await page.getByLabel("Order results").selectOption("newest");
    await page.waitForURL(/order=newest/);
    const titles = await resultTitles(page, 5);
    assert.deepEqual(titles.slice(0, 3), [title("003"), title("001"), title("002")]);
    assert.deepEqual(titles.slice(3).sort(), [title("000"), title("004")].sort());
    await page.close();
  });

  it("should keep the chosen filters when the order changes", async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.url("/search/?q=cyber"));
    await resultTitles(page, 5);
    await page.getByLabel(/^Germany/).check();
    await resultTitles(page, 2);
    await page.getByLabel("Order results").selectOption("oldest");
    await page.waitForURL(/\?q=cyber&order=oldest&country=Germany$/);
    assert.deepEqual(await resultTitles(page, 2), [title("002"), title("000")]);
    assert.ok(await page.getByLabel(/^Germany/).isChecked());
    await page.close();
  });
});
