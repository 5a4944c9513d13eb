import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { type StaticServer, startStaticServer } from "../../src/serve/index.ts";
import { launchChromium } from "./chromium.ts";
import { buildSeedSite, type SeedSite } from "./seedSite.ts";

export interface BrowserSite {
  site: SeedSite;
  server: StaticServer;
  browser: Browser;
  /** Absolute URL of a site-relative path on the local server. */
  url(path: string): string;
  close(): Promise<void>;
}

/** Builds the seeds, serves them on 127.0.0.1 at a free port and starts Chromium. */
export async function openBrowserSite(build: { shardPages?: number } = {}): Promise<BrowserSite> {
  const site = await buildSeedSite({}, build);
  const server = await startStaticServer({ root: site.outDir });
  const browser = await launchChromium();
  return {
    site,
    server,
    browser,
    url: (path) => new URL(path.replace(/^\//, ""), server.url).href,
    close: async () => {
      await browser.close();
      await server.close();
      await site.remove();
    },
  };
}

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the pages' Content-Security-Policy rightly refuses an injected tag.
  await page.evaluate(await readFile(axePath, "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}
