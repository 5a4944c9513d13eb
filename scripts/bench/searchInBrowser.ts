import type { Page } from "playwright-core";
import { startStaticServer } from "../../src/serve/index.ts";
import { launchChromium } from "../../tests/support/chromium.ts";
import { countDownloads } from "./downloadTally.ts";
import type { SearchMeasurement } from "./resultTypes.ts";

export interface SearchInBrowserOptions {
  outDir: string;
  queries: [string, string];
  /** Longest any one step (loading, searching, the network falling quiet) may take. Required. */
  timeoutMs: number;
}

type BrowserFigures = Pick<
  SearchMeasurement,
  "firstQuery" | "firstVisitWithServiceWorker" | "secondQueryMs" | "repeatQueryMs"
>;

const searchInput = ".pagefind-ui__search-input";
const resultLink = ".pagefind-ui__result-link";
/** Long enough to span the gaps between Pagefind's debounce, its chunk loads and a service worker's start. */
const quietMs = 2000;

/** Types into Pagefind's box the way a reader does and waits for result links. */
async function search(page: Page, word: string, timeoutMs: number): Promise<void> {
  await page.locator(searchInput).fill(word, { timeout: timeoutMs });
  await page.locator(resultLink).first().waitFor({ timeout: timeoutMs });
}

/**
 * Milliseconds from the input event of `word` to the first result link in the page, timed inside the page
 * so the automation's own round trips do not count. Starts from an empty box, so old results cannot count.
 */
async function timeSearch(page: Page, word: string, timeoutMs: number): Promise<number> {
  await page.locator(searchInput).fill("", { timeout: timeoutMs });
  await page.locator(resultLink).first().waitFor({ state: "detached", timeout: timeoutMs });
  return page.evaluate(
    ({ word, searchInput, resultLink, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>(searchInput);
        if (input === null) throw new Error(`no ${searchInput} on the page`);
        const timer = setTimeout(() => reject(new Error(`no results for "${word}"`)), timeoutMs);
        const observer = new MutationObserver(() => {
          if (document.querySelector(resultLink) === null) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - started);
        });
        observer.observe(document.body, { childList: true, subtree: true });
        input.value = word;
        const started = performance.now();
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }),
    { word, searchInput, resultLink, timeoutMs },
  );
}

/** Serves the site on 127.0.0.1, searches it in headless Chromium and counts what the browser downloads. */
export async function searchInBrowser(options: SearchInBrowserOptions): Promise<BrowserFigures> {
  const { queries, timeoutMs } = options;
  const server = await startStaticServer({ root: options.outDir });
  const browser = await launchChromium();
  const searchPage = new URL("search/", server.url).href;
  try {
    // Each context starts with an empty cache; the first blocks service workers to see what search alone needs.
    const searchOnly = await browser.newContext({ serviceWorkers: "block" });
    const searchDownloads = countDownloads(searchOnly);
    const page = await searchOnly.newPage();
    await page.goto(searchPage, { timeout: timeoutMs });
    await search(page, queries[0], timeoutMs);
    await searchDownloads.quiet(quietMs, timeoutMs);
    const firstQuery = await searchDownloads.tally();
    const secondQueryMs = await timeSearch(page, queries[1], timeoutMs);
    const repeatQueryMs = await timeSearch(page, queries[0], timeoutMs);
    await searchOnly.close();

    const asShipped = await browser.newContext({ serviceWorkers: "allow" });
    const visitDownloads = countDownloads(asShipped);
    const visit = await asShipped.newPage();
    await visit.goto(searchPage, { timeout: timeoutMs });
    await search(visit, queries[0], timeoutMs);
    await visitDownloads.quiet(quietMs, timeoutMs);
    const firstVisitWithServiceWorker = await visitDownloads.tally();
    await asShipped.close();
    return { firstQuery, firstVisitWithServiceWorker, secondQueryMs, repeatQueryMs };
  } finally {
    await browser.close();
    await server.close();
  }
}
