import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSite } from "../../src/site/index.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";
import { seedContentDir } from "./seedSite.ts";

/** Articles that try every trick: scripts in every field, dangerous links, path traversal. */
export const hostileContentDir = fileURLToPath(new URL("../fixtures/hostile/", import.meta.url));

export interface HostileSite {
  outDir: string;
  remove(): Promise<void>;
}

/** Builds the seeds plus the hostile articles into a temporary folder. */
export async function buildHostileSite(): Promise<HostileSite> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-hostile-"));
  const contentDir = path.join(workDir, "content");
  await cp(seedContentDir, contentDir, { recursive: true });
  await cp(hostileContentDir, contentDir, { recursive: true });
  const outDir = path.join(workDir, "site");
  await buildSite({ contentDir, outDir, site: resolveSiteConfig({}, {}) });
  return { outDir, remove: () => rm(workDir, { recursive: true, force: true }) };
}
