import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import type { ArticleRecord } from "../../src/ingest/schema.ts";
import { type StaticServer, startStaticServer } from "../../src/serve/index.ts";
import { chromiumUnavailable, launchChromium } from "../support/chromium.ts";
import { buildHostileSite, type HostileSite } from "../support/hostileSite.ts";
import { readJson } from "../support/readSite.ts";

const skip = chromiumUnavailable();
let site: HostileSite;
let server: StaticServer;
let browser: Browser;
let hostileUrls: string[];

describe("hostile articles in a real browser", { skip }, () => {
  before(async () => {
    site = await buildHostileSite();
    server = await startStaticServer({ root: site.outDir });
    browser = await launchChromium();
    const records = await readJson<ArticleRecord[]>(site.outDir, "records.json");
    hostileUrls = records.filter((record) => !/^00\d_/.test(record.sourcePath)).map((record) => record.url);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await site?.remove();
  });

  it("should run no script from any hostile article: no dialog, no injected global, no outside request", async () => {
    const origin = new URL(server.url).origin;
    for (const url of [...hostileUrls, "/", "/search/?q=breached", "/feed.xml"]) {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      const outside: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      // A request the page's Content-Security-Policy stops never leaves the browser.
      const blocked = new Set<string>();
      page.on("requestfailed", (request) => {
        if (/^csp$|BLOCKED_BY_CSP/.test(request.failure()?.errorText ?? "")) blocked.add(request.url());
      });
      page.on("request", (request) => {
        if (!request.url().startsWith(origin)) outside.push(request.url());
      });
      await page.goto(new URL(url.replace(/^\//, ""), server.url).href, { waitUntil: "networkidle" });
      if (url.startsWith("/search/")) await page.locator(".pagefind-ui__result").first().waitFor();
      const injected = await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned);
      const unblocked = outside.filter((request) => !blocked.has(request));
      assert.deepEqual(
        { url, dialogs, injected, unblocked },
        { url, dialogs: [], injected: undefined, unblocked: [] },
      );
      await page.close();
    }
  });
});
