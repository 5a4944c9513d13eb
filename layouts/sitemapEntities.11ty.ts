import type { EntityPage } from "../src/archive/index.ts";
import { pagePath } from "../src/archive/pagination.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { urlset, urlsPerSitemap } from "./_includes/sitemaps.ts";

interface EntitiesSitemapData extends SiteData {
  entityPages: EntityPage[];
  pagination: { pageNumber: number };
}

export const data = {
  pagination: {
    data: "archive.entityPages",
    size: urlsPerSitemap,
    alias: "entityPages",
    addAllPagesToCollections: false,
  },
  permalink: (data: EntitiesSitemapData): string => `sitemap-entities-${data.pagination.pageNumber + 1}.xml`,
};

/** Every page of the people and organisations named in several articles. */
export function render({ entityPages, site }: EntitiesSitemapData): string {
  return urlset(
    site,
    entityPages.map(({ list }) => ({ path: pagePath(list.paging) })),
  );
}
