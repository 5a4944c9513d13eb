import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { type DevHarness, startDevHarness } from "../dev/devHarness.ts";
import { chromiumUnavailable, launchChromium } from "../support/chromium.ts";

const skip = chromiumUnavailable();
const buildTimeoutMs = 60_000;
const headline = "Ghana opens its first cyber defence centre";
const newArticle = `${headline}

May 9, 2017

ACCRA — Ghana opened a national cyber defence centre on Tuesday to protect banks and mobile money services from attacks.
`;

let dev: DevHarness;
let browser: Browser;

describe("live reload in the browser", { skip, timeout: 3 * buildTimeoutMs }, () => {
  before(async () => {
    dev = await startDevHarness();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await dev?.close();
  });

  it("should reload an open page by itself when an article is added, and show its headline", async () => {
    const page = await browser.newPage();
    const listening = page.waitForResponse((response) => response.url().endsWith("/__newsarchive/events"));
    await page.goto(dev.url("/"));
    await listening;
    assert.equal(await page.getByRole("link", { name: headline }).count(), 0);
    const reloaded = page.waitForEvent("load", { timeout: buildTimeoutMs });
    await writeFile(path.join(dev.contentDir, "ghana.txt"), newArticle);
    await reloaded;
    await page.getByRole("link", { name: headline }).waitFor({ timeout: 5000 });
    assert.equal(new URL(page.url()).pathname, "/");
    await page.close();
  });

  it("should reconnect after the dev server restarts and reload the page, which may be stale", async () => {
    const page = await browser.newPage();
    const listening = page.waitForResponse((response) => response.url().endsWith("/__newsarchive/events"));
    await page.goto(dev.url("/"));
    await listening;
    const reloaded = page.waitForEvent("load", { timeout: buildTimeoutMs });
    await dev.restart();
    await reloaded;
    assert.equal(new URL(page.url()).pathname, "/");
    await page.close();
  });
});
