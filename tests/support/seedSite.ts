import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildSiteResult, buildSite } from "../../src/site/index.ts";
import { resolveSiteConfig, type SiteConfigInput } from "../../src/site/siteConfig.ts";

/** The repository's five seed articles. */
export const seedContentDir = fileURLToPath(new URL("../../content/", import.meta.url));

export interface SeedSite extends BuildSiteResult {
  /** Temporary folder holding `content/` and `site/`. */
  workDir: string;
  contentDir: string;
  remove(): Promise<void>;
}

/** Copies the seeds into a temporary folder and builds them there, as `newsarchive build` would. */
export async function buildSeedSite(
  site: SiteConfigInput = {},
  { shardPages }: { shardPages?: number } = {},
): Promise<SeedSite> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-test-"));
  const contentDir = path.join(workDir, "content");
  await cp(seedContentDir, contentDir, { recursive: true });
  const result = await buildSite({
    contentDir,
    outDir: path.join(workDir, "site"),
    site: resolveSiteConfig(site, {}),
    ...(shardPages !== undefined && { shardPages }),
  });
  return { ...result, workDir, contentDir, remove: () => rm(workDir, { recursive: true, force: true }) };
}
