import type { SiteData } from "./_includes/pageData.ts";
import { absoluteUrl } from "./_includes/urls.ts";

export const data = { permalink: "robots.txt" };

/**
 * Every page may be crawled; the sitemap index names them all. Crawlers read robots.txt only at the root of a
 * host, so a site under a path prefix is found through this file only if the host's own names it.
 */
export function render({ site }: SiteData): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, "/sitemap.xml")}\n`;
}
