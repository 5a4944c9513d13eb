/**
 * Lighthouse's four scores, mobile and desktop, for one page of each type of a built site:
 * `npx tsx scripts/bench/lighthouseScores.ts --site _site [--lighthouse PATH]`.
 * Lighthouse is not a dependency (it is large and only this script uses it): give its CLI with `--lighthouse`,
 * or it is fetched with `npx lighthouse@12`. It drives Debian's Chromium, as the browser tests do.
 */
import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { startStaticServer } from "../../src/serve/index.ts";

const run = promisify(execFile);
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

/** The first page in a folder of pages, by name; undefined when the folder is missing or empty. */
async function firstPage(siteDir: string, folder: string): Promise<string | undefined> {
  const names = await readdir(path.join(siteDir, folder)).catch(() => []);
  const page = names.filter((name) => !name.includes(".") && name !== "page").sort()[0];
  return page === undefined ? undefined : `/${folder}/${page}/`;
}

/** One page of each type; the largest country page stands for lists at their longest. */
async function pageTypes(siteDir: string): Promise<[string, string][]> {
  const types: [string, string | undefined][] = [
    ["home", "/"],
    ["article", await firstPage(siteDir, "articles")],
    ["countries", "/countries/"],
    ["country", "/countries/united-states/"],
    ["timeline", "/timeline/"],
    ["year", await firstPage(siteDir, "timeline")],
    ["people", "/people/"],
    ["person", await firstPage(siteDir, "people")],
    ["organisations", "/organizations/"],
    ["organisation", await firstPage(siteDir, "organizations")],
    ["search", "/search/?q=cyber"],
  ];
  return types.flatMap(([name, url]) => (url === undefined ? [] : [[name, url] as [string, string]]));
}

async function scores(lighthouse: string[], url: string, desktop: boolean): Promise<number[]> {
  const [command = "npx", ...args] = lighthouse;
  const { stdout } = await run(
    command,
    [
      ...args,
      url,
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      `--only-categories=${categories.join(",")}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync",
      ...(desktop ? ["--preset=desktop"] : []),
    ],
    { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, maxBuffer: 256 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as { categories: Record<string, { score: number | null }> };
  return categories.map((category) => Math.round((report.categories[category]?.score ?? 0) * 100));
}

/** A page Lighthouse gives up on (a timeout on a huge page) is a finding, not the end of the run. */
async function scoresOrFailure(lighthouse: string[], url: string, desktop: boolean): Promise<string> {
  try {
    return (await scores(lighthouse, url, desktop)).join(" / ");
  } catch (error) {
    const reason = /Runtime error encountered: ([^\n]*)/.exec(String(error))?.[1] ?? "Lighthouse failed";
    return `failed: ${reason}`;
  }
}

const { values } = parseArgs({ options: { site: { type: "string" }, lighthouse: { type: "string" } } });
if (values.site === undefined) throw new Error("give the built site with --site DIR");
const lighthouse = values.lighthouse === undefined ? ["npx", "--yes", "lighthouse@12"] : [values.lighthouse];
const server = await startStaticServer({ root: values.site });
try {
  console.log("| page | path | mobile: perf / a11y / best practices / SEO | desktop: same |");
  console.log("| --- | --- | --- | --- |");
  for (const [name, sitePath] of await pageTypes(values.site)) {
    const url = new URL(sitePath.slice(1), server.url).href;
    const [mobile, desktop] = [
      await scoresOrFailure(lighthouse, url, false),
      await scoresOrFailure(lighthouse, url, true),
    ];
    console.log(`| ${name} | \`${sitePath}\` | ${mobile} | ${desktop} |`);
  }
} finally {
  await server.close();
}
