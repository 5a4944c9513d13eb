import Eleventy from "@11ty/eleventy";
import { buildArchive } from "../archive/index.ts";
import type { ArticleRecord } from "../ingest/schema.ts";
import { indexSite, writeOfflineManifest } from "../search/index.ts";
import { type BuildProgress, silentProgress } from "./progress.ts";
import { eleventyConfigPath, layoutsDir } from "./projectFiles.ts";
import type { SiteConfig } from "./siteConfig.ts";

export interface RenderSiteResult {
  articleCount: number;
  /** Article pages in the search index. */
  indexedPages: number;
}

/** Renders the records into `outDir` (which should be empty) and indexes the article pages for search. */
export async function renderSite(
  records: readonly ArticleRecord[],
  site: SiteConfig,
  outDir: string,
  progress: BuildProgress = silentProgress,
): Promise<RenderSiteResult> {
  progress.stage("render");
  const archive = buildArchive(records);
  const eleventy = new Eleventy(layoutsDir, outDir, {
    configPath: eleventyConfigPath,
    quietMode: true,
    config(eleventyConfig) {
      eleventyConfig.addGlobalData("archive", archive);
      eleventyConfig.addGlobalData("site", site);
    },
  });
  // The build reports its own progress; Eleventy's summary line would interleave with it on stdout.
  eleventy.disableLogger();
  await eleventy.write();
  progress.stageDone("render", `${archive.articles.length} article pages and their lists`);
  progress.stage("index");
  const { pageCount } = await indexSite(outDir, { expectedPages: archive.articles.length });
  await writeOfflineManifest(outDir);
  progress.stageDone("index", `${pageCount} pages searchable`);
  return { articleCount: archive.articles.length, indexedPages: pageCount };
}
