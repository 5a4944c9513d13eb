import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type BrowserSite, openBrowserSite } from "../support/browserSite.ts";
import { chromiumUnavailable } from "../support/chromium.ts";
import { recordsBySeed } from "../support/readSite.ts";

const skip = chromiumUnavailable();
let harness: BrowserSite;

describe("the site under its own Content-Security-Policy", { skip }, () => {
  before(async () => {
    harness = await openBrowserSite();
  });
  after(() => harness?.close());

  it("should declare a policy that every page, search included, satisfies", async () => {
    const article =
      (await recordsBySeed(harness.site.outDir)).get("001")?.url ?? assert.fail("seed 001 missing");
    for (const url of [
      "/",
      article,
      "/countries/china/",
      "/timeline/",
      "/timeline/2015/",
      "/timeline/undated/",
      "/organizations/",
      "/organizations/by-letter/u/",
      "/search/",
      "/search/?q=encryption",
      "/offline/",
    ]) {
      const page = await harness.browser.newPage();
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(harness.url(url), { waitUntil: "networkidle" });
      if (url.startsWith("/search/?q=")) await page.locator(".pagefind-ui__result").first().waitFor();
      else if (url === "/search/")
        await page.locator(".search-filter input[type=checkbox]").first().waitFor();
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      assert.match(policy ?? "", /script-src 'self'/, url);
      assert.doesNotMatch(policy ?? "", /unsafe-inline[^;]*;?.*script|script-src[^;]*unsafe-inline/, url);
      assert.deepEqual(violations, [], url);
      await page.close();
    }
  });
});
