import { createHash } from "node:crypto";
import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ArticleRecord } from "../ingest/schema.ts";
import { replaceFile } from "../runtime/replaceFile.ts";
import { hashOwnerLayouts } from "./ownerLayouts.ts";
import { projectRoot } from "./projectFiles.ts";
import type { SiteConfig } from "./siteConfig.ts";

/** Everything a build's output depends on besides the articles: the code, the templates, the locked packages. */
const buildInputs = ["src", "layouts", ".eleventy.ts", "package-lock.json"];

/** A hash of the code, the owner's layouts and the settings that turn records into a site. */
export async function hashBuildCode(site: SiteConfig): Promise<string> {
  const hash = createHash("sha256");
  for (const input of buildInputs) {
    const full = path.join(projectRoot, input);
    const files = await readdir(full, { recursive: true }).then(
      (entries) => entries.map((entry) => path.join(input, entry)).sort(),
      () => [input],
    );
    for (const file of files) {
      const bytes = await readFile(path.join(projectRoot, file)).catch(() => undefined);
      if (bytes) hash.update(file).update(bytes);
    }
  }
  if (site.layoutsDir !== undefined) hash.update(await hashOwnerLayouts(site.layoutsDir));
  return hash.update(JSON.stringify(site)).digest("hex");
}

/**
 * Identifies a build's output: equal fingerprints mean byte-identical sites. A record is a function of its file's
 * path and bytes, the code and, for its dates only, the day it was parsed on.
 */
export function recordsFingerprint(codeHash: string, records: readonly ArticleRecord[]): string {
  const hash = createHash("sha256").update(codeHash);
  for (const { sourcePath, contentHash, published, dateBasis } of records)
    hash.update(`${sourcePath}\0${contentHash}\0${published ?? ""}\0${dateBasis}\n`);
  return hash.digest("hex");
}

/** Identifies the content folder by its files' names, sizes and times, as make and git do: no file is read. */
export function listingFingerprint(codeHash: string, listing: string): string {
  return createHash("sha256").update(codeHash).update(listing).digest("hex");
}

/** What the last successful build into an output folder was made from. */
export interface BuildState {
  /** `hashBuildCode` of the build. */
  code?: string;
  listing: string;
  records: string;
  articleCount: number;
  /** Articles it skipped; a build that skipped some is never short-cut, so they are reported again. */
  skipped: number;
  /** Fingerprint of each article page by path, so the next build renders only pages that changed. */
  pages?: Record<string, string>;
  /** Fingerprint of what the search index read of each article page, so the next build reads unchanged ones early. */
  searchPages?: Record<string, string>;
  /** `IngestResult.expires`: from this day on, the same files build a different site. */
  expires?: string;
}

/** Kept in the cache, never in the published site. */
function stateFile(cacheDir: string, outDir: string): string {
  const key = createHash("sha256").update(path.resolve(outDir)).digest("hex").slice(0, 16);
  return path.join(cacheDir, "builds", `${key}.json`);
}

/**
 * The state of the last build into `outDir`, or undefined when there is none or it cannot be read (a damaged
 * cache, or one cut short by a build killed while earlier code wrote it in place): the build is then a full one,
 * as after a lost cache.
 */
export async function readBuildState(cacheDir: string, outDir: string): Promise<BuildState | undefined> {
  const text = await readFile(stateFile(cacheDir, outDir), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as BuildState;
  } catch {
    return undefined;
  }
}

/** Written beside the last state and renamed over it, so that a build killed meanwhile leaves that one whole. */
export async function writeBuildState(cacheDir: string, outDir: string, state: BuildState): Promise<void> {
  const file = stateFile(cacheDir, outDir);
  await mkdir(path.dirname(file), { recursive: true });
  // One build at a time writes into an output folder (`buildLock.ts`): the writers of its state take turns.
  await replaceFile(file, JSON.stringify(state));
}
