import { mkdir } from "node:fs/promises";
import path from "node:path";
import { type ArticleFolder, describeArticleFolder, scanArticleFolder } from "../ingest/articleFolder.ts";
import type { ArticleError } from "../ingest/errors.ts";
import { ingestFolder } from "../ingest/ingestFolder.ts";
import { RecordCache } from "../ingest/recordCache.ts";
import { currentDay } from "../ingest/today.ts";
import { updateInPlace } from "./applyStaged.ts";
import {
  type BuildState,
  hashBuildCode,
  listingFingerprint,
  readBuildState,
  recordsFingerprint,
  writeBuildState,
} from "./buildFingerprint.ts";
import { lockOutputFolder } from "./buildLock.ts";
import { keepUnchangedTimes } from "./keepUnchangedTimes.ts";
import {
  checkOutputPath,
  type InspectionDepth,
  inspectOutputFolder,
  type OutputFolderContents,
} from "./outputFolder.ts";
import { type BuildProgress, silentProgress } from "./progress.ts";
import type { RenderSiteResult } from "./renderSite.ts";
import { replaceDirectory } from "./replaceDirectory.ts";
import type { SiteConfig } from "./siteConfig.ts";
import { listFiles } from "./siteFiles.ts";
import { recoverInterruptedBuild } from "./siteJournal.ts";
import { writeSiteManifest } from "./siteManifest.ts";

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
  /** The day the build runs on (`YYYY-MM-DD`, UTC), which decides what a date in the future is. Default: today. */
  today?: string;
}

/** Ingest found problems, so nothing was written; each problem reads `path:line: message`. */
export class ContentProblemsError extends Error {
  override readonly name = "ContentProblemsError";
  constructor(readonly problems: readonly ArticleError[]) {
    super(`${problems.length} ${problems.length === 1 ? "article has a problem" : "articles have problems"}`);
  }
}

export interface BuildSiteResult extends Omit<RenderSiteResult, "pages" | "searchPages" | "isKept"> {
  outDir: string;
  /** Articles left out under `skipInvalid`. */
  skipped: readonly ArticleError[];
  /** True when nothing the site depends on changed, so the previous output was kept as it was. */
  unchanged: boolean;
  /** Files written with new bytes; the others keep their previous modification times. */
  changedFiles: number;
}

/**
 * Ingest → archive → pages → search index, written beside `outDir` and swapped in only on success. Refuses, before
 * writing anything, an output folder that would destroy something (`OutputFolderError`), and holds a lock on it.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const contentDir = options.contentDir ?? "content";
  const givenOutDir = options.outDir ?? "_site";
  const outDir = path.resolve(givenOutDir);
  await checkOutputPath(givenOutDir, { contentDir, cacheDir: options.cacheDir });
  await mkdir(path.dirname(outDir), { recursive: true });
  const release = await lockOutputFolder(outDir);
  try {
    await recoverInterruptedBuild(outDir);
    const inspect = (depth: InspectionDepth) => inspectOutputFolder(outDir, givenOutDir, depth);
    return await buildInto(outDir, inspect, { ...options, contentDir });
  } finally {
    await release();
  }
}

/**
 * A build with nothing to do looks at the output folder's first two levels only; one that writes looks at every
 * file first, so that it never replaces a file it did not write.
 */
async function buildInto(
  outDir: string,
  inspect: (depth: InspectionDepth) => Promise<OutputFolderContents>,
  options: BuildSiteOptions & { contentDir: string },
): Promise<BuildSiteResult> {
  const { contentDir, cacheDir } = options;
  const today = options.today ?? currentDay();
  const progress = options.progress ?? silentProgress;
  const codeHash = await hashBuildCode(options.site);
  const recorded = cacheDir
    ? await recallLastBuild({ cacheDir, contentDir, outDir, codeHash, today })
    : undefined;
  if (recorded?.unchangedFolder && describesFolder(recorded.last, await inspect("first two levels")))
    return unchangedResult(outDir, recorded.last?.articleCount ?? 0, []);
  // Listing the output folder (on a thread of its own for a large site), reading the record cache and loading
  // Eleventy, Pagefind and the archive's libraries overlap: each takes seconds on a large archive, and none needs
  // another. A build with nothing to render has already returned.
  const inspecting = inspect("every file");
  inspecting.catch(() => {});
  const openingCache = cacheDir === undefined ? undefined : RecordCache.open(cacheDir, today);
  openingCache?.catch(() => {});
  const loadingRenderer = import("./renderSite.ts");
  loadingRenderer.catch(() => {});
  // Before ingest, which takes minutes on a large archive: a folder the build may not write to is refused at once.
  const output = await inspecting;

  progress.stage("ingest");
  const ingestOptions = {
    onProgress: (done: number, total: number) => progress.step("ingest", done, total),
    permalink: options.site.permalink,
    today,
    ...(recorded && { folder: recorded.folder }),
    ...(openingCache && { openingCache }),
  };
  const { records, terms, problems, cached, expires } = await ingestFolder(
    contentDir,
    cacheDir ? { ...ingestOptions, cacheDir } : ingestOptions,
  );
  progress.stageDone(
    "ingest",
    `${records.length} articles, ${cached} unchanged, ${problems.length} rejected`,
  );
  if (problems.length > 0 && !options.skipInvalid) throw new ContentProblemsError(problems);
  const shortcut = recorded && {
    listing: recorded.listing,
    last: describesFolder(recorded.last, output) ? recorded.last : undefined,
  };
  const build = recordsFingerprint(codeHash, records);
  const last = shortcut?.last;
  if (cacheDir && shortcut && last && build === last.records) {
    await writeBuildState(cacheDir, outDir, {
      ...withoutExpiry(last),
      listing: shortcut.listing,
      skipped: problems.length,
      ...(expires !== undefined && { expires }),
    });
    return unchangedResult(outDir, records.length, problems);
  }
  const lastPages =
    last?.pages && last.searchPages && last.code === codeHash
      ? { pages: last.pages, searchPages: last.searchPages }
      : undefined;
  const { renderSite } = await loadingRenderer;
  const renderOptions = {
    progress,
    terms,
    ...(shortcut && { salt: codeHash }),
    ...(options.shardPages !== undefined && { shardPages: options.shardPages }),
  };
  const { changedFiles, ...rendered } =
    lastPages && output.manifest
      ? await updateInPlace(outDir, { previous: output.manifest, build }, (stagingDir) =>
          renderSite(records, options.site, stagingDir, {
            ...renderOptions,
            previous: { siteDir: outDir, ...lastPages },
          }),
        )
      : await replaceDirectory(outDir, async (stagingDir) => {
          const result = await renderSite(records, options.site, stagingDir, renderOptions);
          const changed = await keepUnchangedTimes(outDir, stagingDir);
          await writeSiteManifest(stagingDir, build, await listFiles(stagingDir));
          return { ...result, changedFiles: changed };
        });
  if (cacheDir && shortcut) {
    await writeBuildState(cacheDir, outDir, {
      code: codeHash,
      listing: shortcut.listing,
      records: build,
      articleCount: records.length,
      skipped: problems.length,
      pages: rendered.pages,
      searchPages: rendered.searchPages,
      ...(expires !== undefined && { expires }),
    });
  }
  const { pages: _pages, searchPages: _searchPages, isKept: _isKept, ...counts } = rendered;
  return { ...counts, outDir, skipped: problems, unchanged: false, changedFiles };
}

interface LastBuild {
  /** The content folder as listed now, for ingest. */
  folder: ArticleFolder;
  listing: string;
  /** The last build into this folder from this cache. */
  last: BuildState | undefined;
  /** Same code, settings and article files (by name, size and time) as that build, which was clean. */
  unchangedFolder: boolean;
}

async function recallLastBuild({
  cacheDir,
  contentDir,
  outDir,
  codeHash,
  today,
}: {
  cacheDir: string;
  contentDir: string;
  outDir: string;
  codeHash: string;
  today: string;
}): Promise<LastBuild> {
  const folder = await scanArticleFolder(contentDir);
  const listing = listingFingerprint(codeHash, describeArticleFolder(folder));
  const last = await readBuildState(cacheDir, outDir);
  // Once a record's day has come, the same files parse into a different site.
  const expired = last?.expires !== undefined && last.expires <= today;
  return {
    folder,
    listing,
    last,
    unchangedFolder: last?.listing === listing && last.skipped === 0 && !expired,
  };
}

function withoutExpiry({ expires: _expires, ...state }: BuildState): BuildState {
  return state;
}

/** The cache describes the folder only if no other build (another cache, a deletion) has changed it since. */
function describesFolder(last: BuildState | undefined, output: OutputFolderContents): boolean {
  return last !== undefined && output.complete && output.manifest?.build === last.records;
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
    renderedListPages: 0,
    indexedShards: 0,
    reusedShards: 0,
  };
}
