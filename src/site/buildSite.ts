import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { type ArticleError, describeArticleFiles, ingestFolder } from "../ingest/index.ts";
import { updateInPlace } from "./applyStaged.ts";
import {
  type BuildState,
  hashBuildCode,
  listingFingerprint,
  readBuildState,
  recordsFingerprint,
  writeBuildState,
} from "./buildFingerprint.ts";
import { keepUnchangedTimes } from "./keepUnchangedTimes.ts";
import { type BuildProgress, silentProgress } from "./progress.ts";
import { type RenderSiteResult, renderSite } from "./renderSite.ts";
import { replaceDirectory } from "./replaceDirectory.ts";
import type { SiteConfig } from "./siteConfig.ts";

export interface BuildSiteOptions {
  /** Folder of source articles. Default `content`. */
  contentDir?: string;
  /** Folder the site is written to; replaced only when the whole build succeeds. Default `_site`. */
  outDir?: string;
  site: SiteConfig;
  /** Folder for parsed records and the last build's fingerprint. Default: none, everything is rebuilt. */
  cacheDir?: string;
  /** Publish the valid articles when some are rejected, instead of failing. Default false. */
  skipInvalid?: boolean;
  /** Default: silent. */
  progress?: BuildProgress;
  /** Pages per search shard; default grows with the archive (see `shardPageLimit`). */
  shardPages?: number;
}

/** Ingest found problems, so nothing was written; each problem reads `path:line: message`. */
export class ContentProblemsError extends Error {
  override readonly name = "ContentProblemsError";
  constructor(readonly problems: readonly ArticleError[]) {
    super(`${problems.length} ${problems.length === 1 ? "article has a problem" : "articles have problems"}`);
  }
}

export interface BuildSiteResult extends Omit<RenderSiteResult, "pages" | "isKept"> {
  outDir: string;
  /** Articles left out under `skipInvalid`. */
  skipped: readonly ArticleError[];
  /** True when nothing the site depends on changed, so the previous output was kept as it was. */
  unchanged: boolean;
  /** Files written with new bytes; the others keep their previous modification times. */
  changedFiles: number;
}

/** Ingest → archive → pages → search index, written beside `outDir` and swapped in only on success. */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const contentDir = options.contentDir ?? "content";
  const outDir = path.resolve(options.outDir ?? "_site");
  const progress = options.progress ?? silentProgress;
  const { cacheDir } = options;
  const shortcut = cacheDir ? await prepareShortcut(cacheDir, contentDir, outDir, options.site) : undefined;
  if (shortcut?.unchangedFolder) return unchangedResult(outDir, shortcut.last?.articleCount ?? 0, []);

  progress.stage("ingest");
  const ingestOptions = { onProgress: (done: number, total: number) => progress.step("ingest", done, total) };
  const { records, problems, cached } = await ingestFolder(
    contentDir,
    cacheDir ? { ...ingestOptions, cacheDir } : ingestOptions,
  );
  progress.stageDone(
    "ingest",
    `${records.length} articles, ${cached} unchanged, ${problems.length} rejected`,
  );
  if (problems.length > 0 && !options.skipInvalid) throw new ContentProblemsError(problems);
  const state = shortcut && {
    code: shortcut.codeHash,
    listing: shortcut.listing,
    records: recordsFingerprint(shortcut.codeHash, records),
    articleCount: records.length,
    skipped: problems.length,
  };
  const builtBefore = await isBuiltSite(outDir);
  const last = shortcut?.last;
  if (cacheDir && state && last && state.records === last.records && builtBefore) {
    await writeBuildState(cacheDir, outDir, { ...last, ...state });
    return unchangedResult(outDir, records.length, problems);
  }
  // The recorded pages describe the folder only if no other build has replaced it since, and describe them only
  // for the same code and settings.
  const lastPages =
    last?.pages && last.code === shortcut?.codeHash && last.siteStamp === (await siteStamp(outDir))
      ? last.pages
      : undefined;
  await mkdir(path.dirname(outDir), { recursive: true });
  const renderOptions = {
    progress,
    ...(shortcut && { salt: shortcut.codeHash }),
    ...(options.shardPages !== undefined && { shardPages: options.shardPages }),
  };
  const { changedFiles, ...rendered } = lastPages
    ? await updateInPlace(outDir, (stagingDir) =>
        renderSite(records, options.site, stagingDir, {
          ...renderOptions,
          previous: { siteDir: outDir, pages: lastPages },
        }),
      )
    : await replaceDirectory(outDir, async (stagingDir) => {
        const result = await renderSite(records, options.site, stagingDir, renderOptions);
        return { ...result, changedFiles: await keepUnchangedTimes(outDir, stagingDir) };
      });
  if (cacheDir && state) {
    await writeBuildState(cacheDir, outDir, {
      ...state,
      pages: rendered.pages,
      siteStamp: await siteStamp(outDir),
    });
  }
  const { pages: _pages, isKept: _isKept, ...counts } = rendered;
  return { ...counts, outDir, skipped: problems, unchanged: false, changedFiles };
}

interface Shortcut {
  codeHash: string;
  listing: string;
  last: BuildState | undefined;
  /** Same code, settings and article files (by name, size and time) as the last clean build. */
  unchangedFolder: boolean;
}

async function prepareShortcut(
  cacheDir: string,
  contentDir: string,
  outDir: string,
  site: SiteConfig,
): Promise<Shortcut> {
  const codeHash = await hashBuildCode(site);
  const listing = listingFingerprint(codeHash, await describeArticleFiles(contentDir));
  const last = await readBuildState(cacheDir, outDir);
  const unchangedFolder = last?.listing === listing && last.skipped === 0 && (await isBuiltSite(outDir));
  return { codeHash, listing, last, unchangedFolder };
}

function unchangedResult(outDir: string, count: number, skipped: readonly ArticleError[]): BuildSiteResult {
  return {
    articleCount: count,
    indexedPages: count,
    outDir,
    skipped,
    unchanged: true,
    changedFiles: 0,
    renderedPages: 0,
    indexedShards: 0,
    reusedShards: 0,
  };
}

/**
 * The home page file's inode and change time: a full build writes a new file, and an incremental one replaces it
 * whenever the archive changed, so they tell whether another build has written the folder since.
 */
async function siteStamp(outDir: string): Promise<string | undefined> {
  return stat(path.join(outDir, "index.html")).then(
    (file) => `${file.ino}:${file.ctimeMs}`,
    () => undefined,
  );
}

async function isBuiltSite(outDir: string): Promise<boolean> {
  return stat(path.join(outDir, "index.html")).then(
    () => true,
    () => false,
  );
}
