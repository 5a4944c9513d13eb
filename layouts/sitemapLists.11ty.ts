import type { SiteData } from "./_includes/pageData.ts";
import { listPages, urlset } from "./_includes/sitemaps.ts";

export const data = { permalink: "sitemap-lists.xml" };

export function render({ archive, site }: SiteData): string {
  return urlset(site, listPages(archive));
}
