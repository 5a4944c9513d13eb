import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { type StaticServer, startStaticServer } from "../../src/serve/index.ts";
import { buildSite, resolveSiteConfig } from "../../src/site/index.ts";
import { seriousViolations } from "../support/browserSite.ts";
import { chromiumUnavailable, launchChromium } from "../support/chromium.ts";
import { readPage } from "../support/readSite.ts";
import { writeShortCorpus } from "../support/shortCorpus.ts";

const skip = chromiumUnavailable();
const articleCount = 2000;
const pageBudgetBytes = 200 * 1024;
const elementBudget = 3000;
/** A word most generated articles use, so the query has hundreds of results and every filter group has values. */
const query = "government";

let workDir: string;
let siteDir: string;
let server: StaticServer;
let browser: Browser;
const url = (sitePath: string): string => new URL(sitePath.replace(/^\//, ""), server.url).href;

/** Every HTML file of the built site with its size. */
async function htmlFiles(): Promise<{ file: string; bytes: number }[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return { file: path.relative(siteDir, file), bytes: (await stat(file)).size };
      }),
  );
}

/** The site path of the first page under `folder` that has a page 2, so the paginated case is the one tested. */
async function pagedUnder(folder: string): Promise<string> {
  const files = (await htmlFiles()).map(({ file }) => file);
  const second = files.find((file) => file.startsWith(folder) && file.endsWith("/page/2/index.html"));
  assert.ok(second, `no paginated list under ${folder}`);
  return `/${second.replace(/page\/2\/index\.html$/, "")}`;
}

/** Sums the layout shifts the page reports, from the moment it starts loading. */
async function watchLayoutShifts(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const shifts = { total: 0 };
    (window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) shifts.total += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  return () =>
    page.evaluate(() => (window as unknown as { layoutShifts: { total: number } }).layoutShifts.total);
}

describe(`an archive of ${articleCount} generated articles in the browser`, { skip }, () => {
  before(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-large-"));
    const contentDir = path.join(workDir, "content");
    siteDir = path.join(workDir, "site");
    await mkdir(contentDir);
    await writeShortCorpus(contentDir, articleCount, 15);
    await buildSite({
      contentDir,
      outDir: siteDir,
      cacheDir: path.join(workDir, "cache"),
      site: resolveSiteConfig({}, {}),
    });
    server = await startStaticServer({ root: siteDir });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it("should keep every HTML page under 200 KB", async () => {
    const files = await htmlFiles();
    assert.ok(files.length > articleCount, `${files.length} pages`);
    const over = files
      .filter(({ bytes }) => bytes > pageBudgetBytes)
      .map(({ file, bytes }) => `${file}: ${bytes}`);
    assert.deepEqual(over, []);
  });

  it("should link the pages of a long list with rel=prev and rel=next, and jump to each year where it begins", async () => {
    const country = await pagedUnder("countries/");
    const second = await readPage(siteDir, `${country}page/2/`);
    assert.equal(second.querySelector('link[rel="prev"]')?.getAttribute("href"), country);
    const first = await readPage(siteDir, country);
    assert.equal(first.querySelector('link[rel="next"]')?.getAttribute("href"), `${country}page/2/`);
    assert.equal(first.querySelector('link[rel="prev"]'), null);
    const jumps = Array.from(
      first.querySelectorAll(".list-jumps a"),
      (link) => link.getAttribute("href") ?? "",
    );
    assert.ok(jumps.length > 1, "a jump per year");
    for (const jump of jumps) {
      const [pagePath = "", anchor = ""] = jump.split("#");
      const target = await readPage(siteDir, pagePath);
      assert.ok(target.getElementById(anchor), `${jump} lands on its heading`);
    }
  });

  it("should show results and filters for a query in under 3,000 elements, without moving the page", async () => {
    const page = await browser.newPage();
    const layoutShift = await watchLayoutShifts(page);
    await page.goto(url(`/search/?q=${query}`));
    await page.locator(".pagefind-ui__message", { hasText: /\d+ results/ }).waitFor();
    await page.locator(".pagefind-ui__result-link").first().waitFor();
    await page.waitForLoadState("networkidle");
    const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
    assert.ok(elements < elementBudget, `${elements} elements`);
    const boxes = await page
      .locator(".search-filter")
      .evaluateAll((groups) => groups.map((group) => group.querySelectorAll("input[type=checkbox]").length));
    assert.ok(
      boxes.every((count) => count <= 8),
      `at most 8 values a group at first: ${boxes.join(", ")}`,
    );
    assert.ok(
      boxes.filter((count) => count > 0).length >= 4,
      `country, year, person and organisation: ${boxes.join(", ")}`,
    );
    const counts = await page
      .locator(".search-filter .count")
      .evaluateAll((spans) => spans.map((span) => Number(span.textContent?.replace(/,/g, ""))));
    assert.ok(
      counts.every((count) => count > 0),
      "no value without results",
    );
    assert.equal(await layoutShift(), 0);
    await page.close();
  });

  it("should show more names, and narrow them to those that match, in a filter group", async () => {
    const page = await browser.newPage();
    await page.goto(url(`/search/?q=${query}`));
    await page.locator(".pagefind-ui__result-link").first().waitFor();
    const people = page.locator(".search-filter", { hasText: "Person" });
    await people.locator(".search-filter-more").click();
    assert.equal(await people.locator("input[type=checkbox]").count(), 16);
    const first = (await people.locator("label").first().textContent()) ?? "";
    const name = first.replace(/\s*\d+\s*$/, "").trim();
    await people.locator(".search-filter-narrow").fill(name.slice(0, 5));
    const shown = await people.locator("label").allTextContents();
    assert.ok(
      shown.length >= 1 && shown.every((label) => label.includes(name.slice(0, 5))),
      shown.join(" | "),
    );
    await page.close();
  });

  it("should have no serious or critical axe violations on any kind of page", async () => {
    const article = (await readdir(path.join(siteDir, "articles")))[0];
    const person = await readdir(path.join(siteDir, "people")).then((names) =>
      names.find((name) => name !== "by-letter" && name !== "index.html"),
    );
    const year = (await readdir(path.join(siteDir, "timeline"))).find((name) => /^\d{4}$/.test(name));
    const pages = [
      "/",
      `/articles/${article}/`,
      "/countries/",
      await pagedUnder("countries/"),
      `${await pagedUnder("countries/")}page/2/`,
      "/people/",
      "/people/by-letter/a/",
      `/people/${person}/`,
      "/organizations/",
      `${await pagedUnder("organizations/")}page/2/`,
      "/timeline/",
      `/timeline/${year}/`,
      "/timeline/undated/",
      `/search/?q=${query}`,
    ];
    const found: string[] = [];
    for (const sitePath of pages) {
      const page = await browser.newPage();
      await page.goto(url(sitePath));
      if (sitePath.startsWith("/search/")) await page.locator(".pagefind-ui__result-link").first().waitFor();
      for (const violation of await seriousViolations(page)) {
        found.push(
          `${sitePath} ${violation.id}: ${violation.help} ${JSON.stringify(violation.nodes[0]?.target)}`,
        );
      }
      await page.close();
    }
    assert.deepEqual(found, []);
  });
});
