import { readdir } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { Archive, ArchiveArticle, EntityPage } from "../archive/index.ts";
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
export interface KeyedPages {
  articlePages: readonly ArchiveArticle[];
  entityPages: readonly EntityPage[];
}

export interface WritePagesOptions {
  /** Called after each run of article pages with the articles it wrote, in the order given. Default: nothing. */
  onArticlesWritten?: (articles: readonly ArchiveArticle[]) => void;
}

/**
 * Writes the given article pages, then the entity pages, in bounded runs of Eleventy, then every list, feed and
 * asset. Article pages come first so that the search index can start on them while the rest is written.
 */
export async function writePages(
  outDir: string,
  globals: SiteGlobals,
  pages: KeyedPages,
  options: WritePagesOptions = {},
): Promise<void> {
  const layoutsDir = await layoutsInput(globals.site.layoutsDir);
  const templates = (await readdir(layoutsDir)).filter((name) => name.endsWith(".11ty.ts"));
  const keyed = Object.values(keyedTemplates) as string[];
  const writeRun = (global: keyof KeyedPages, items: readonly unknown[]) =>
    runEleventy(
      layoutsDir,
      outDir,
      { [global]: items, site: globals.site },
      templates.filter((name) => name !== keyedTemplates[global]),
    );
  for (const run of inRuns(pages.articlePages)) {
    await writeRun("articlePages", run);
    options.onArticlesWritten?.(run);
  }
  for (const run of inRuns(pages.entityPages)) await writeRun("entityPages", run);
  await runEleventy(layoutsDir, outDir, { ...globals }, keyed);
}

function* inRuns<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += pagesPerRun)
    yield items.slice(start, start + pagesPerRun);
}
