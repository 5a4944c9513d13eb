import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { ArticleRecord } from "../../src/ingest/schema.ts";
import type { OfflineManifest } from "../../src/search/offlineManifest.ts";
import { type StaticServer, startStaticServer } from "../../src/serve/index.ts";
import { buildSite } from "../../src/site/index.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";
import { chromiumUnavailable, launchChromium } from "../support/chromium.ts";
import { readJson, recordsBySeed } from "../support/readSite.ts";
import { buildSeedSite, type SeedSite } from "../support/seedSite.ts";

const skip = chromiumUnavailable();
const savedMessage = "Search works offline on this device.";

/** One seed site served on a free port, and a browser context of its own (so its own service worker). */
interface OfflineHarness {
  site: SeedSite;
  server: StaticServer;
  context: BrowserContext;
  page: Page;
  url(path: string): string;
}

async function openHarness(browser: Browser, pathPrefix = "/"): Promise<OfflineHarness> {
  const site = await buildSeedSite({ pathPrefix });
  const server = await startStaticServer({ root: site.outDir, pathPrefix });
  const context = await browser.newContext();
  const page = await context.newPage();
  return { site, server, context, page, url: (to) => new URL(to.replace(/^\//, ""), server.url).href };
}

async function closeHarness(harness: OfflineHarness | undefined): Promise<void> {
  await harness?.context.close();
  await harness?.server.close();
  await harness?.site.remove();
}

/** The scope of the page's active service worker, once there is one; `ready` alone would wait forever. */
function activeWorkerScope(page: Page): Promise<string> {
  return page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then((registration) => registration.scope),
      new Promise<string>((_, reject) =>
        setTimeout(() => reject(new Error("no active service worker")), 30_000),
      ),
    ]),
  );
}

function indexCacheNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((name) => name.includes(" index ")));
}

async function search(page: Page, query: string, expectedTitle: string): Promise<string[]> {
  await page.locator(".pagefind-ui__search-input").fill(query);
  await page.locator(".pagefind-ui__result-link", { hasText: expectedTitle }).waitFor({ timeout: 15_000 });
  return page.locator(".pagefind-ui__result-link").allTextContents();
}

let browser: Browser;

describe("the archive as an offline web app", { skip }, () => {
  before(async () => {
    browser = await launchChromium();
  });
  after(() => browser?.close());

  describe("at the site root", () => {
    let harness: OfflineHarness;
    let seeds: Map<string, ArticleRecord>;
    const seed = (id: string): ArticleRecord => seeds.get(id) ?? assert.fail(`seed ${id} missing`);

    before(async () => {
      harness = await openHarness(browser);
      seeds = await recordsBySeed(harness.site.outDir);
    });
    after(() => closeHarness(harness));

    it("should be installable: Chromium reads the manifest without errors", async () => {
      const { page, context } = harness;
      await page.goto(harness.url("/"));
      await activeWorkerScope(page);
      const cdp = await context.newCDPSession(page);
      const { errors } = await cdp.send("Page.getAppManifest");
      assert.deepEqual(errors, []);
      const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
      // A test profile is incognito, which Chromium never installs from; nothing else may stand in the way.
      assert.deepEqual(
        installabilityErrors.map((error) => error.errorId),
        ["in-incognito"],
      );
      await cdp.detach();
    });

    it("should search, reopen a visited article and explain an unvisited page with the network off", async () => {
      const { page, context } = harness;
      await page.goto(harness.url("/"));
      await activeWorkerScope(page);
      await page.goto(harness.url(seed("003").url));
      await page.goto(harness.url("/search/"));
      await page.getByText(savedMessage).waitFor({ timeout: 30_000 });

      await context.setOffline(true);
      try {
        const unreachable = await page.evaluate(() =>
          fetch("../feed.xml").then((response) => `HTTP ${response.status}`, String),
        );
        assert.match(unreachable, /Failed to fetch/);
        const entryRequest = context.waitForEvent("request", {
          predicate: (request) => request.url().includes("pagefind-entry.json") && !request.serviceWorker(),
          timeout: 30_000,
        });
        await page.reload();
        const titles = await search(page, "encryption", seed("001").title);
        assert.ok(
          titles.includes("US 'aggressively' raising cybersecurity with China: official"),
          titles.join(" | "),
        );
        // Pagefind's cache tag is the index version, so the entry's URL changes exactly when the index does.
        const { version } = await readJson<OfflineManifest>(harness.site.outDir, "offline-manifest.json");
        assert.ok((await entryRequest).url().endsWith(`pagefind-entry.json?ts=${version}`));

        await page.goto(harness.url(seed("003").url));
        assert.equal(await page.locator("h1").textContent(), seed("003").title);
        await page.goto(harness.url("/countries/germany/"));
        assert.equal(await page.locator("h1").textContent(), "You are offline");
      } finally {
        await context.setOffline(false);
      }
    });

    it("should switch to a rebuilt index as a whole, under a new cache version, and drop the old one", async () => {
      const { page, context, site } = harness;
      await page.goto(harness.url("/search/"));
      await page.getByText(savedMessage).waitFor({ timeout: 30_000 });
      const [oldCache, ...others] = await indexCacheNames(page);
      assert.deepEqual(others, []);
      const oldVersion = (await readJson<OfflineManifest>(site.outDir, "offline-manifest.json")).version;
      assert.ok(oldCache?.endsWith(` index ${oldVersion}`), oldCache);

      const headline = "Zeppelin archive opens to readers";
      await writeFile(
        path.join(site.contentDir, "100_zeppelins.md"),
        `---\ntitle: ${headline}\npublished: 2018-05-01\n---\n\nThe zeppelinography collection opens.\n`,
      );
      await buildSite({ contentDir: site.contentDir, outDir: site.outDir, site: resolveSiteConfig({}, {}) });
      const newVersion = (await readJson<OfflineManifest>(site.outDir, "offline-manifest.json")).version;
      assert.notEqual(newVersion, oldVersion);

      // The new worker saves the whole new index, takes over, and the search page reloads itself.
      const reloaded = page.waitForEvent("load", { timeout: 30_000 });
      await page.evaluate(() => {
        void navigator.serviceWorker.getRegistration().then((registration) => registration?.update());
      });
      await reloaded;
      await page.getByText(savedMessage).waitFor({ timeout: 30_000 });
      assert.deepEqual(
        (await indexCacheNames(page)).map((name) => name.split(" ").at(-1)),
        [newVersion],
      );

      await context.setOffline(true);
      try {
        await page.reload();
        assert.ok((await search(page, "zeppelinography", headline)).includes(headline));
        assert.ok((await search(page, "encryption", seed("001").title)).includes(seed("001").title));
      } finally {
        await context.setOffline(false);
      }
    });
  });

  describe("under the path prefix /archive/", () => {
    let harness: OfflineHarness;

    before(async () => {
      harness = await openHarness(browser, "/archive/");
    });
    after(() => closeHarness(harness));

    it("should register its service worker for /archive/ only, and keep the page that installed it offline", async () => {
      const { page, context } = harness;
      const article =
        (await recordsBySeed(harness.site.outDir)).get("002") ?? assert.fail("seed 002 missing");
      const articleUrl = harness.url(article.url);
      assert.match(articleUrl, /\/archive\/articles\//);
      await page.goto(articleUrl);
      assert.equal(await activeWorkerScope(page), harness.url("/"));
      await page.waitForFunction(async (url) => (await caches.match(url)) !== undefined, articleUrl, {
        timeout: 30_000,
      });
      assert.ok((await page.evaluate(() => caches.keys())).every((name) => name.includes(harness.url("/"))));

      await context.setOffline(true);
      try {
        await page.goto(articleUrl);
        assert.equal(await page.locator("h1").textContent(), article.title);
        await page.goto(harness.url("/"));
        assert.equal(await page.locator("h1").textContent(), "News archive");
      } finally {
        await context.setOffline(false);
      }
    });
  });
});
