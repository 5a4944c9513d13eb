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
}

/** Written to the site root: the file lists, and the version as a script the service worker imports. */
export const offlineManifestFile = "offline-manifest.json";
export const offlineVersionFile = "offline-index-version.js";

const primaryFolder = "pagefind";
const chunkFolders = ["index", "filter", "fragment"];

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
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

export interface OfflineManifestOptions {
  /** The site folder holding a bundle folder (`pagefind/`, `pagefind/shards/<id>/`); default `siteDir`. */
  siteHolding?: (bundleFolder: string) => string;
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
  { siteHolding = () => siteDir }: OfflineManifestOptions = {},
): Promise<OfflineManifest> {
  const primary = await readEntry(siteHolding(`${primaryFolder}/`), primaryFolder);
  const layout = await readSearchLayout(siteDir);
  const mergedFolders = (layout?.merged ?? []).map((bundle) => bundle.path.replace(/^\/|\/$/g, ""));
  const engine = listPrimaryEngine(primary.entry);
  const chunks = await listChunks(siteHolding(`${primaryFolder}/`), primaryFolder);
  for (const folder of mergedFolders) {
    const root = siteHolding(`${folder}/`);
    engine.push(...listMergedEngine(folder, (await readEntry(root, folder)).entry));
    chunks.push(...(await listChunks(root, folder)));
  }
  const version = createHash("sha256")
    .update(primary.text)
    .update("\n")
    .update([...engine, ...chunks].join("\n"))
    .digest("hex")
    .slice(0, 16);
  const sizes = await Promise.all(
    chunks.map(async (file) => (await stat(path.join(siteHolding(bundleFolderOf(file)), file))).size),
  );
  const manifest: OfflineManifest = {
    version,
    engine,
    chunks,
    chunkBytes: sizes.reduce((sum, size) => sum + size, 0),
  };
  await writeFile(path.join(siteDir, offlineManifestFile), `${JSON.stringify(manifest)}\n`);
  // A changed imported script makes the browser install the new service worker, which caches this version.
  await writeFile(
    path.join(siteDir, offlineVersionFile),
    `self.newsarchiveIndexVersion = ${JSON.stringify(version)};\n`,
  );
  return manifest;
}
