import type { Archive } from "../../src/archive/index.ts";
import type { SiteConfig } from "../../src/site/siteConfig.ts";

/** The data every template receives: the global `archive` and `site`, plus Eleventy's `page`. */
export interface SiteData {
  archive: Archive;
  site: SiteConfig;
  page: { url: string };
}
