import { mkdir } from "node:fs/promises";
import path from "node:path";
import { type ArticleError, ingestFolder } from "../ingest/index.ts";
import { type RenderSiteResult, renderSite } from "./renderSite.ts";
import { replaceDirectory } from "./replaceDirectory.ts";
import type { SiteConfig } from "./siteConfig.ts";

export interface BuildSiteOptions {
  /** Folder of source articles. Default `content`. */
  contentDir?: string;
  /** Folder the site is written to; replaced only when the whole build succeeds. Default `_site`. */
  outDir?: string;
  site: SiteConfig;
}

/** Ingest found problems, so nothing was written; each problem reads `path:line: message`. */
export class ContentProblemsError extends Error {
  override readonly name = "ContentProblemsError";
  constructor(readonly problems: readonly ArticleError[]) {
    super(`${problems.length} ${problems.length === 1 ? "article has a problem" : "articles have problems"}`);
  }
}

export interface BuildSiteResult extends RenderSiteResult {
  outDir: string;
}

/** Ingest → archive → pages → search index, written beside `outDir` and swapped in only on success. */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const contentDir = options.contentDir ?? "content";
  const outDir = path.resolve(options.outDir ?? "_site");
  const { records, problems } = await ingestFolder(contentDir);
  if (problems.length > 0) throw new ContentProblemsError(problems);
  await mkdir(path.dirname(outDir), { recursive: true });
  const rendered = await replaceDirectory(outDir, (stagingDir) =>
    renderSite(records, options.site, stagingDir),
  );
  return { ...rendered, outDir };
}
