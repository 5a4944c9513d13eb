import type { Archive, ArchiveArticle, EntityPage } from "../../src/archive/index.ts";
import type { SearchLayout } from "../../src/search/index.ts";
import type { SiteConfig } from "../../src/site/siteConfig.ts";

/** The data every template receives: the globals from src/site/renderSite.ts, plus Eleventy's `page`. */
export interface SiteData {
  archive: Archive;
  /** The articles whose pages this build writes; the others are unchanged and kept from the previous build. */
  articlePages: ArchiveArticle[];
  /** Likewise for people and organisations. */
  entityPages: EntityPage[];
  /** The search shards the search page merges. */
  search: SearchLayout;
  site: SiteConfig;
  page: { url: string };
}
