import { readdir } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { Archive, ArchiveArticle } from "../archive/index.ts";
import type { SearchLayout } from "../search/index.ts";
import { eleventyConfigPath, layoutsDir } from "./projectFiles.ts";
import type { SiteConfig } from "./siteConfig.ts";

/**
 * Eleventy holds every page it wrote until its run ends, about 100 KB each; article pages are written in runs of
 * this many, so a build's memory stays bounded whatever the archive's size.
 */
const articlesPerRun = 2000;
const articleTemplate = "article.11ty.ts";

export interface SiteGlobals {
  archive: Archive;
  search: SearchLayout;
  site: SiteConfig;
}

/** Eleventy copies its global data into every page's data, so each run gets only what its templates read. */
async function runEleventy(
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

/** Writes every list, feed and asset, then the given article pages in bounded runs of Eleventy. */
export async function writePages(
  outDir: string,
  globals: SiteGlobals,
  articlePages: readonly ArchiveArticle[],
): Promise<void> {
  const templates = (await readdir(layoutsDir)).filter((name) => name.endsWith(".11ty.ts"));
  const listTemplates = templates.filter((name) => name !== articleTemplate);
  await runEleventy(outDir, { ...globals, articlePages: [] }, [articleTemplate]);
  for (let start = 0; start < articlePages.length; start += articlesPerRun) {
    const batch = articlePages.slice(start, start + articlesPerRun);
    await runEleventy(outDir, { articlePages: batch, site: globals.site }, listTemplates);
  }
}
