import { xml } from "./_includes/html.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { sitemapFiles } from "./_includes/sitemaps.ts";
import { absoluteUrl } from "./_includes/urls.ts";

export const data = { permalink: "sitemap.xml" };

/** A sitemap index, so an archive of any size stays within the 50,000 URLs a sitemap file may hold. */
export function render({ archive, site }: SiteData): string {
  return xml`<?xml version="1.0" encoding="utf-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${sitemapFiles(archive).map(
  (file) => xml`<sitemap><loc>${absoluteUrl(site, file)}</loc></sitemap>
`,
)}</sitemapindex>
`.value;
}
