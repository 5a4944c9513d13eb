import { readdir } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { Archive } from "../archive/index.ts";
import type { SearchLayout } from "../search/index.ts";
import { layoutsInput } from "./ownerLayouts.ts";
import { eleventyConfigPath } from "./projectFiles.ts";
import type { SiteConfig } from "./siteConfig.ts";

/**
 * Eleventy holds every page it wrote until its run ends, about 100 KB each; article and entity pages are written in
 * runs of this many, so a build's memory stays bounded whatever the archive's size.
 */
const pagesPerRun = 2000;
/** Templates with one page per article or entity, written in their own runs; the rest are lists. */
const keyedTemplates = { articlePages: "article.11ty.ts", entityPages: "entity.11ty.ts" } as const;

export interface SiteGlobals {
  archive: Archive;
  search: SearchLayout;
  site: SiteConfig;
}

/** Eleventy copies its global data into every page's data, so each run gets only what its templates read. */
async function runEleventy(
  layoutsDir: string,
  outDir: string,
  globals: Record<string, unknown>,
  ignored: readonly string[],
): Promise<void> {
  const eleventy = new Eleventy(layoutsDir, outDir, {
    configPath: eleventyConfigPath,
    quietMode: true,
    config(eleventyConfig) {
      // Eleventy matches ignores against paths relative to the working directory.
      for (const template of ignored) {
        eleventyConfig.ignores.add(path.relative(process.cwd(), path.join(layoutsDir, template)));
      }
      for (const [name, value] of Object.entries(globals)) eleventyConfig.addGlobalData(name, value);
    },
  });
  // The build reports its own progress; Eleventy's summary line would interleave with it on stdout.
  eleventy.disableLogger();
  await eleventy.write();
}

/** The article and entity pages to write; the others are unchanged and kept from the previous build. */
export type KeyedPages = Record<keyof typeof keyedTemplates, readonly unknown[]>;

/** Writes every list, feed and asset, then the given article and entity pages in bounded runs of Eleventy. */
export async function writePages(outDir: string, globals: SiteGlobals, pages: KeyedPages): Promise<void> {
  const layoutsDir = await layoutsInput(globals.site.layoutsDir);
  const templates = (await readdir(layoutsDir)).filter((name) => name.endsWith(".11ty.ts"));
  const keyed = Object.values(keyedTemplates) as string[];
  await runEleventy(layoutsDir, outDir, { ...globals }, keyed);
  for (const [global, template] of Object.entries(keyedTemplates) as [keyof KeyedPages, string][]) {
    const others = templates.filter((name) => name !== template);
    const items = pages[global];
    for (let start = 0; start < items.length; start += pagesPerRun) {
      await runEleventy(
        layoutsDir,
        outDir,
        { [global]: items.slice(start, start + pagesPerRun), site: globals.site },
        others,
      );
    }
  }
}
