import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { ArticleRecord } from "../../src/ingest/schema.ts";
import { type BrowserSite, openBrowserSite, seriousViolations } from "../support/browserSite.ts";
import { chromiumUnavailable } from "../support/chromium.ts";
import { recordsBySeed } from "../support/readSite.ts";

const skip = chromiumUnavailable();
let harness: BrowserSite;
let seeds: Map<string, ArticleRecord>;
const articlePath = (seed: string): string =>
  `/articles/${seeds.get(seed)?.slug ?? assert.fail(`seed ${seed} missing`)}/`;

describe("browsing in the browser", { skip }, () => {
  before(async () => {
    harness = await openBrowserSite();
    seeds = await recordsBySeed(harness.site.outDir);
  });
  after(() => harness?.close());

  it("should lead from a country link on an article page to that country's page, with JavaScript off", async () => {
    const context = await harness.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(harness.url(articlePath("002")));
    await page.locator(".article-countries").getByRole("link", { name: "Germany" }).click();
    await page.waitForURL(/\/countries\/germany\/$/);
    assert.equal(await page.locator("h1").textContent(), "Germany");
    assert.equal(await page.locator(".article-list-title").count(), 2);
    await context.close();
  });

  it("should reach the main content first with the skip link", async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.url("/"));
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Skip to content");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
    await page.close();
  });

  const pages: [string, () => string][] = [
    ["home", () => "/"],
    ["article", () => articlePath("003")],
    ["country", () => "/countries/china/"],
    ["countries map", () => "/countries/"],
    ["organisation", () => "/organizations/us-department-of-justice/"],
    ["timeline", () => "/timeline/"],
    ["search", () => "/search/?q=cyber"],
  ];
  for (const [name, path] of pages) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`should have no serious or critical axe violations on the ${name} page in ${colorScheme} mode`, async () => {
        const page = await harness.browser.newPage({ colorScheme });
        await page.goto(harness.url(path()));
        if (name === "search") await page.locator(".pagefind-ui__result-link").first().waitFor();
        const violations = await seriousViolations(page);
        assert.deepEqual(
          violations.map(
            (violation) =>
              `${violation.id}: ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
          ),
          [],
        );
        await page.close();
      });
    }
  }

  it("should fit a 360 px wide screen without sideways scrolling", async () => {
    const page = await harness.browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const [, path] of pages) {
      await page.goto(harness.url(path()));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path()} overflows by ${overflow}px`);
    }
    await page.close();
  });
});
