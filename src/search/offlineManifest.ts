import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** What the service worker (layouts/assets/offline-worker.js) saves so that search works without a network. */
export interface OfflineManifest {
  /** Changes whenever the search bundle changes; the service worker names its index cache after it. */
  version: string;
  /** Site-relative files search needs before any query: Pagefind's code, UI, WebAssembly, entry and metadata. */
  engine: string[];
  /** Site-relative files of every index, filter and fragment chunk: the whole index. */
  chunks: string[];
}

/** Written to the site root: the file lists, and the version as a script the service worker imports. */
export const offlineManifestFile = "offline-manifest.json";
export const offlineVersionFile = "offline-index-version.js";

const bundleFolder = "pagefind";
const chunkFolders = ["index", "filter", "fragment"];

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

async function listChunks(bundleDir: string): Promise<string[]> {
  const lists = await Promise.all(
    chunkFolders.map(async (folder) =>
      (await readdir(path.join(bundleDir, folder)).catch(() => [])).map(
        (name) => `${bundleFolder}/${folder}/${name}`,
      ),
    ),
  );
  return lists.flat().sort();
}

/** The entry names each language's metadata and WebAssembly; Pagefind loads `wasm.unknown` when none is named. */
function listEngine(entry: PagefindEntry): string[] {
  const perLanguage = Object.values(entry.languages).flatMap((language) => [
    `${bundleFolder}/pagefind.${language.hash}.pf_meta`,
    `${bundleFolder}/wasm.${language.wasm || "unknown"}.pagefind`,
  ]);
  const code = [
    "pagefind-entry.json",
    "pagefind.js",
    "pagefind-worker.js",
    "pagefind-ui.js",
    "pagefind-ui.css",
  ];
  return [...code.map((name) => `${bundleFolder}/${name}`), ...new Set(perLanguage)];
}

/**
 * Lists the Pagefind bundle in `<siteDir>/pagefind/` for offline use and writes `offline-manifest.json` and
 * `offline-index-version.js` to `siteDir`. Call it after the index is written. The version hashes the entry
 * (Pagefind's version and each language's metadata hash) and every chunk name (content hashes), so it changes
 * exactly when the index does, and a rebuild of an unchanged index writes identical bytes.
 */
export async function writeOfflineManifest(siteDir: string): Promise<OfflineManifest> {
  const bundleDir = path.join(siteDir, bundleFolder);
  const entryText = await readFile(path.join(bundleDir, "pagefind-entry.json"), "utf8");
  const engine = listEngine(JSON.parse(entryText) as PagefindEntry);
  const chunks = await listChunks(bundleDir);
  const version = createHash("sha256")
    .update(entryText)
    .update("\n")
    .update([...engine, ...chunks].join("\n"))
    .digest("hex")
    .slice(0, 16);
  const manifest: OfflineManifest = { version, engine, chunks };
  await writeFile(path.join(siteDir, offlineManifestFile), `${JSON.stringify(manifest)}\n`);
  // A changed imported script makes the browser install the new service worker, which caches this version.
  await writeFile(
    path.join(siteDir, offlineVersionFile),
    `self.newsarchiveIndexVersion = ${JSON.stringify(version)};\n`,
  );
  return manifest;
}
