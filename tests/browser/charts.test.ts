import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { type StaticServer, startStaticServer } from "../../src/serve/index.ts";
import { renderSite } from "../../src/site/renderSite.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";
import { chromiumUnavailable, launchChromium } from "../support/chromium.ts";
import { makeRecord } from "../support/makeRecord.ts";

const skip = chromiumUnavailable();
let outDir: string;
let server: StaticServer;
let browser: Browser;

/** Sixteen years of articles, three a year: the home chart's bars and the timeline's months are narrow. */
const records = Array.from({ length: 16 * 3 }, (_, index) => {
  const year = 2010 + Math.floor(index / 3);
  const month = String(1 + (index % 3) * 5).padStart(2, "0");
  return makeRecord({
    slug: `a${index}`,
    title: `Article ${index}`,
    published: `${year}-${month}-02`,
    countries: ["CN"],
  });
});

interface Label {
  text: string;
  left: number;
  right: number;
  height: number;
  fontSize: number;
}

describe("chart labels in the browser", { skip }, () => {
  before(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-charts-"));
    await renderSite(records, resolveSiteConfig({}, {}), outDir);
    server = await startStaticServer({ root: outDir });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  });

  for (const width of [1280, 360]) {
    it(`should draw axis labels at least 12 px tall, apart from each other, on a ${width} px screen`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      for (const url of ["/", "/timeline/", "/countries/china/"]) {
        await page.goto(new URL(url.slice(1), server.url).href);
        const labels: Label[] = await page.$$eval(".chart-label", (elements) =>
          elements
            .filter((element) => getComputedStyle(element).display !== "none")
            .map((element) => {
              const box = element.getBoundingClientRect();
              const fontSize = Number.parseFloat(getComputedStyle(element).fontSize);
              return {
                text: element.textContent ?? "",
                left: box.left,
                right: box.right,
                height: box.height,
                fontSize,
              };
            }),
        );
        assert.ok(labels.length >= 3, `${url} shows ${labels.length} labels`);
        for (const label of labels) {
          assert.ok(
            label.fontSize >= 12 && label.height >= 12,
            `${url} ${label.text}: ${label.height}px tall`,
          );
        }
        for (const [index, label] of labels.slice(1).entries()) {
          const previous = labels[index];
          assert.ok(
            previous && previous.right <= label.left,
            `${url}: ${previous?.text} overlaps ${label.text}`,
          );
        }
      }
      await page.close();
    });
  }
});
