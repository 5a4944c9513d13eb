import type { EntityView } from "../src/archive/index.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { urlset, urlsPerSitemap } from "./_includes/sitemaps.ts";

interface EntitiesSitemapData extends SiteData {
  entities: EntityView[];
  pagination: { pageNumber: number };
}

export const data = {
  pagination: {
    data: "archive.entities",
    size: urlsPerSitemap,
    alias: "entities",
    addAllPagesToCollections: false,
  },
  permalink: (data: EntitiesSitemapData): string => `sitemap-entities-${data.pagination.pageNumber + 1}.xml`,
};

/** The pages of people and organisations named in several articles. */
export function render({ entities, site }: EntitiesSitemapData): string {
  return urlset(
    site,
    entities.map((entity) => ({ path: entity.path })),
  );
}
