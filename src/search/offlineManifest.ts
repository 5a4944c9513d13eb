import { createHash } from "node:crypto";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { readSearchLayout } from "./indexShards.ts";

/** What the service worker (layouts/assets/offline-worker.js) saves so that search works without a network. */
export interface OfflineManifest {
  /** Changes whenever the search bundle changes; the service worker names its index cache after it. */
  version: string;
  /** Site-relative files search needs before any query: Pagefind's code, UI, WebAssembly, entry and metadata. */
  engine: string[];
  /** Site-relative files of every index, filter and fragment chunk: the whole index. */
  chunks: string[];
  /** Their total size: the search page saves the index by itself only when it is small (assets/search-offline.js). */
  chunkBytes: number;
  /**
   * Each bundle folder's share of `chunkBytes`, by folder (`pagefind/`, `pagefind/shards/<id>/`): a later build
   * takes a bundle it kept, chunks and size, from here instead of listing and measuring its files again.
   */
  bundleBytes: Record<string, number>;
}

/** Written to the site root: the file lists, and the version as a script the service worker imports. */
export const offlineManifestFile = "offline-manifest.json";
export const offlineVersionFile = "offline-index-version.js";

const primaryFolder = "pagefind";
const chunkFolders = ["index", "filter", "fragment"];

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

/** A bundle's chunk files, site-relative and sorted, and their total size. */
interface BundleChunks {
  chunks: string[];
  bytes: number;
}

async function listChunks(siteDir: string, bundleFolder: string): Promise<string[]> {
  const lists = await Promise.all(
    chunkFolders.map(async (folder) =>
      (await readdir(path.join(siteDir, bundleFolder, folder)).catch(() => [])).map(
        (name) => `${bundleFolder}/${folder}/${name}`,
      ),
    ),
  );
  return lists.flat().sort();
}

async function readBundleChunks(siteDir: string, bundleFolder: string): Promise<BundleChunks> {
  const chunks = await listChunks(siteDir, bundleFolder);
  const sizes = await Promise.all(chunks.map(async (file) => (await stat(path.join(siteDir, file))).size));
  return { chunks, bytes: sizes.reduce((sum, size) => sum + size, 0) };
}

/** The bundles a manifest lists, by folder (`pagefind/`); none for a manifest written before it gave their sizes. */
function bundlesOf(manifest: OfflineManifest): Map<string, BundleChunks> {
  const bundles = new Map<string, BundleChunks>();
  for (const [folder, bytes] of Object.entries(manifest.bundleBytes ?? {}))
    bundles.set(folder, { chunks: [], bytes });
  for (const chunk of manifest.chunks) bundles.get(bundleFolderOf(chunk))?.chunks.push(chunk);
  return bundles;
}

/** The entry names each language's metadata and WebAssembly; Pagefind loads `wasm.unknown` when none is named. */
function listPrimaryEngine(entry: PagefindEntry): string[] {
  const perLanguage = Object.values(entry.languages).flatMap((language) => [
    `${primaryFolder}/pagefind.${language.hash}.pf_meta`,
    `${primaryFolder}/wasm.${language.wasm || "unknown"}.pagefind`,
  ]);
  // The search page runs Pagefind's API (pagefind.js and its worker), not the UI bundles Pagefind also writes.
  const code = ["pagefind-entry.json", "pagefind.js", "pagefind-worker.js"];
  return [...code.map((name) => `${primaryFolder}/${name}`), ...new Set(perLanguage)];
}

/** A merged shard runs on the primary's code and WebAssembly; a search needs only its entry and metadata. */
function listMergedEngine(bundleFolder: string, entry: PagefindEntry): string[] {
  const metadata = Object.values(entry.languages).map(
    (language) => `${bundleFolder}/pagefind.${language.hash}.pf_meta`,
  );
  return [`${bundleFolder}/pagefind-entry.json`, ...new Set(metadata)];
}

/** `pagefind/shards/<id>/index/x` → `pagefind/shards/<id>/`; `pagefind/index/x` → `pagefind/`. */
function bundleFolderOf(chunk: string): string {
  return chunk.replace(/(?:index|filter|fragment)\/[^/]+$/, "");
}

async function readEntry(
  siteDir: string,
  bundleFolder: string,
): Promise<{ text: string; entry: PagefindEntry }> {
  const text = await readFile(path.join(siteDir, bundleFolder, "pagefind-entry.json"), "utf8");
  return { text, entry: JSON.parse(text) as PagefindEntry };
}

export async function readOfflineManifest(siteDir: string): Promise<OfflineManifest | undefined> {
  const text = await readFile(path.join(siteDir, offlineManifestFile), "utf8").catch(() => undefined);
  return text === undefined ? undefined : (JSON.parse(text) as OfflineManifest);
}

export interface OfflineManifestOptions {
  /** The site folder holding a bundle folder (`pagefind/`, `pagefind/shards/<id>/`); default `siteDir`. */
  siteHolding?: (bundleFolder: string) => string;
  /** The manifest of the previous site, whose bundles `siteHolding` names outside `siteDir`: kept as they were. */
  previous?: OfflineManifest | undefined;
}

/**
 * Lists the search bundles (the primary in `<siteDir>/pagefind/` and the shards `pagefind/shards.json` names) for
 * offline use and writes `offline-manifest.json` and `offline-index-version.js` to `siteDir`. Call it after the
 * index is written. The version hashes the primary entry (Pagefind's version and each language's metadata hash)
 * and every file name (content hashes, shard ids), so it changes exactly when the index does, and a rebuild of an
 * unchanged index writes identical bytes.
 */
export async function writeOfflineManifest(
  siteDir: string,
  { siteHolding = () => siteDir, previous }: OfflineManifestOptions = {},
): Promise<OfflineManifest> {
  const primary = await readEntry(siteHolding(`${primaryFolder}/`), primaryFolder);
  const layout = await readSearchLayout(siteDir);
  const mergedFolders = (layout?.merged ?? []).map((bundle) => bundle.path.replace(/^\/|\/$/g, ""));
  const engine = listPrimaryEngine(primary.entry);
  for (const folder of mergedFolders) {
    engine.push(...listMergedEngine(folder, (await readEntry(siteHolding(`${folder}/`), folder)).entry));
  }
  const previousBundles = previous && bundlesOf(previous);
  const chunks: string[] = [];
  const bundleBytes: Record<string, number> = {};
  for (const folder of [primaryFolder, ...mergedFolders]) {
    const root = siteHolding(`${folder}/`);
    const kept = root === siteDir ? undefined : previousBundles?.get(`${folder}/`);
    const bundle = kept ?? (await readBundleChunks(root, folder));
    chunks.push(...bundle.chunks);
    bundleBytes[`${folder}/`] = bundle.bytes;
  }
  const version = createHash("sha256")
    .update(primary.text)
    .update("\n")
    .update([...engine, ...chunks].join("\n"))
    .digest("hex")
    .slice(0, 16);
  const manifest: OfflineManifest = {
    version,
    engine,
    chunks,
    chunkBytes: Object.values(bundleBytes).reduce((sum, bytes) => sum + bytes, 0),
    bundleBytes,
  };
  await writeFile(path.join(siteDir, offlineManifestFile), `${JSON.stringify(manifest)}\n`);
  // A changed imported script makes the browser install the new service worker, which caches this version.
  await writeFile(
    path.join(siteDir, offlineVersionFile),
    `self.newsarchiveIndexVersion = ${JSON.stringify(version)};\n`,
  );
  return manifest;
}
