import { readdir } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type {
  Archive,
  ArchiveArticle,
  CountryPage,
  EntityLetterPage,
  EntityPage,
  UndatedPage,
  YearPage,
} from "../archive/index.ts";
import type { SearchLayout } from "../search/index.ts";
import { layoutsInput } from "./ownerLayouts.ts";
import type { EleventyInput } from "./projectFiles.ts";
import type { SiteConfig } from "./siteConfig.ts";

/**
 * Eleventy holds every page it wrote until its run ends, about 100 KB each; article and entity pages are written in
 * runs of this many, so a build's memory stays bounded whatever the archive's size.
 */
const pagesPerRun = 2000;
/**
 * Templates (named without their extension) with one page per item of a global list: the build renders only the
 * items whose page changed, and keeps the others' files from the previous build. Each item holds everything its
 * page shows. The rest are whole-archive pages (home, indexes, feeds, sitemaps), rendered on every build.
 */
const keyedTemplates = {
  articlePages: "article",
  entityPages: "entity",
  countryPages: "country",
  yearPages: "year",
  undatedPages: "undated",
  letterPages: "entityLetter",
} as const;

export interface SiteGlobals {
  archive: Archive;
  search: SearchLayout;
  site: SiteConfig;
}

/** Eleventy copies its global data into every page's data, so each run gets only what its templates read. */
async function runEleventy(
  input: EleventyInput,
  outDir: string,
  globals: Record<string, unknown>,
  ignored: readonly string[],
): Promise<void> {
  const eleventy = new Eleventy(input.dir, outDir, {
    configPath: input.configPath,
    quietMode: true,
    config(eleventyConfig) {
      // Eleventy matches ignores against paths relative to the working directory.
      for (const template of ignored) {
        eleventyConfig.ignores.add(path.relative(process.cwd(), path.join(input.dir, template)));
      }
      for (const [name, value] of Object.entries(globals)) eleventyConfig.addGlobalData(name, value);
    },
  });
  // The build reports its own progress; Eleventy's summary line would interleave with it on stdout.
  eleventy.disableLogger();
  await eleventy.write();
}

/** The keyed pages to write; the others are unchanged and kept from the previous build. */
export interface KeyedPages {
  articlePages: readonly ArchiveArticle[];
  entityPages: readonly EntityPage[];
  countryPages: readonly CountryPage[];
  yearPages: readonly YearPage[];
  undatedPages: readonly UndatedPage[];
  letterPages: readonly EntityLetterPage[];
}

export interface WritePagesOptions {
  /** Called after each run of article pages with the articles it wrote, in the order given. Default: nothing. */
  onArticlesWritten?: (articles: readonly ArchiveArticle[]) => void;
}

/**
 * Writes the given article pages, then the other keyed pages, in bounded runs of Eleventy, then every whole-archive
 * page, feed and asset. Article pages come first so that the search index can start on them while the rest is
 * written.
 */
export async function writePages(
  outDir: string,
  globals: SiteGlobals,
  pages: KeyedPages,
  options: WritePagesOptions = {},
): Promise<void> {
  const input = await layoutsInput(globals.site.layoutsDir);
  const templateFile = (name: string) => `${name}${input.templateExtension}`;
  const templates = (await readdir(input.dir)).filter((name) => name.endsWith(input.templateExtension));
  const keyed = Object.values(keyedTemplates).map(templateFile);
  const writeRun = (run: Partial<KeyedPages>) => {
    const writing = new Set<string>(
      Object.keys(run).map((global) => templateFile(keyedTemplates[global as keyof KeyedPages])),
    );
    return runEleventy(
      input,
      outDir,
      { ...run, site: globals.site },
      templates.filter((name) => !writing.has(name)),
    );
  };
  const { articlePages, ...others } = pages;
  for (const articles of inRuns(articlePages)) {
    await writeRun({ articlePages: articles });
    options.onArticlesWritten?.(articles);
  }
  for (const run of mixedRuns(others)) await writeRun(run);
  await runEleventy(input, outDir, { ...globals }, keyed);
}

function* inRuns<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += pagesPerRun)
    yield items.slice(start, start + pagesPerRun);
}

/** Runs of at most `pagesPerRun` pages, each holding slices of one or more lists: small lists share a run. */
function* mixedRuns<T extends object>(lists: T): Generator<Partial<T>> {
  let run: Partial<T> = {};
  let size = 0;
  for (const [global, items] of Object.entries(lists) as [keyof T, readonly unknown[]][]) {
    for (let start = 0; start < items.length; ) {
      const slice = items.slice(start, start + pagesPerRun - size);
      run[global] = slice as T[keyof T];
      size += slice.length;
      start += slice.length;
      if (size === pagesPerRun) {
        yield run;
        run = {};
        size = 0;
      }
    }
  }
  if (size > 0) yield run;
}
