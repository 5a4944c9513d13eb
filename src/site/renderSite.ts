import Eleventy from "@11ty/eleventy";
import { type Archive, buildArchive } from "../archive/index.ts";
import type { ArticleRecord } from "../ingest/schema.ts";
import { indexSite } from "../search/index.ts";
import { eleventyConfigPath, layoutsDir } from "./projectFiles.ts";
import type { SiteConfig } from "./siteConfig.ts";

export interface RenderSiteResult {
  archive: Archive;
  /** Article pages in the search index. */
  indexedPages: number;
}

/** Renders the records into `outDir` (which should be empty) and indexes the article pages for search. */
export async function renderSite(
  records: readonly ArticleRecord[],
  site: SiteConfig,
  outDir: string,
): Promise<RenderSiteResult> {
  const archive = buildArchive(records);
  const eleventy = new Eleventy(layoutsDir, outDir, {
    configPath: eleventyConfigPath,
    quietMode: true,
    config(eleventyConfig) {
      eleventyConfig.addGlobalData("archive", archive);
      eleventyConfig.addGlobalData("site", site);
    },
  });
  await eleventy.write();
  const { pageCount } = await indexSite(outDir, { expectedPages: archive.articles.length });
  return { archive, indexedPages: pageCount };
}
