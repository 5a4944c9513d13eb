import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ArticleRecord } from "../ingest/schema.ts";
import { projectRoot } from "./projectFiles.ts";
import type { SiteConfig } from "./siteConfig.ts";

/** Everything a build's output depends on besides the articles: the code, the templates, the locked packages. */
const buildInputs = ["src", "layouts", ".eleventy.ts", "package-lock.json"];

async function hashProjectCode(hash: ReturnType<typeof createHash>): Promise<void> {
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
}

/** Identifies a build's output: equal fingerprints mean byte-identical sites. */
export async function buildFingerprint(records: readonly ArticleRecord[], site: SiteConfig): Promise<string> {
  const hash = createHash("sha256");
  await hashProjectCode(hash);
  hash.update(JSON.stringify(site));
  for (const record of records) hash.update(record.sourcePath).update("\0").update(record.contentHash);
  return hash.digest("hex");
}

/** Where the fingerprint of the last build into `outDir` is kept: in the cache, never in the published site. */
function stateFile(cacheDir: string, outDir: string): string {
  const key = createHash("sha256").update(path.resolve(outDir)).digest("hex").slice(0, 16);
  return path.join(cacheDir, "builds", `${key}.txt`);
}

export async function readLastFingerprint(cacheDir: string, outDir: string): Promise<string | undefined> {
  return readFile(stateFile(cacheDir, outDir), "utf8").catch(() => undefined);
}

export async function writeLastFingerprint(
  cacheDir: string,
  outDir: string,
  fingerprint: string,
): Promise<void> {
  const file = stateFile(cacheDir, outDir);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, fingerprint);
}
