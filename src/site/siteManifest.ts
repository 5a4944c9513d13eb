import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** Written last into every site a build writes: which build made it and every file it holds. */
export const siteManifestFile = "newsarchive-manifest.json";

export interface SiteManifest {
  generator: "newsarchive";
  /** The build's fingerprint (`recordsFingerprint`): equal fingerprints mean byte-identical sites. */
  build: string;
  /** Every file of the site but this one, relative to it, sorted. */
  files: string[];
}

/** The manifest of `siteDir`, or undefined when there is none or it is not one of ours. */
export async function readSiteManifest(siteDir: string): Promise<SiteManifest | undefined> {
  const text = await readFile(path.join(siteDir, siteManifestFile), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const manifest = JSON.parse(text) as Partial<SiteManifest>;
    const isOurs =
      manifest.generator === "newsarchive" &&
      typeof manifest.build === "string" &&
      Array.isArray(manifest.files);
    return isOurs ? (manifest as SiteManifest) : undefined;
  } catch {
    return undefined;
  }
}

export async function writeSiteManifest(
  siteDir: string,
  build: string,
  files: readonly string[],
): Promise<void> {
  const manifest: SiteManifest = {
    generator: "newsarchive",
    build,
    files: files.filter((file) => file !== siteManifestFile).sort(),
  };
  await writeFile(path.join(siteDir, siteManifestFile), `${JSON.stringify(manifest)}\n`);
}
