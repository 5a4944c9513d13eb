import type { Archive } from "../../src/archive/index.ts";
import type { SiteConfig } from "../../src/site/siteConfig.ts";
import { entityIndexPath } from "./entityIndex.ts";
import { type SafeHtml, xml } from "./html.ts";
import { absoluteUrl, countryPath, yearPath } from "./urls.ts";

/** The sitemaps protocol's limit of URLs in one file; an archive with more gets more files. */
export const urlsPerSitemap = 50_000;

/** One `<url>`, with the day of its last change when known. */
export interface SitemapEntry {
  path: string;
  lastmod?: string | undefined;
}

/**
 * The pages that are not an article or a person's or organisation's page: the lists and one page per country
 * and year, a few hundred at most. A list split into several pages adds them here.
 */
export function listPages(archive: Archive): SitemapEntry[] {
  return [
    "/",
    "/countries/",
    entityIndexPath("person"),
    entityIndexPath("organization"),
    "/timeline/",
    "/search/",
    ...archive.countries.map((country) => countryPath(country)),
    ...archive.timeline.years.map((year) => yearPath(year.year)),
  ].map((path) => ({ path }));
}

const filesFor = (kind: string, count: number): string[] =>
  Array.from(
    { length: Math.ceil(count / urlsPerSitemap) },
    (_, index) => `/sitemap-${kind}-${index + 1}.xml`,
  );

/** Every sitemap file the index names: the lists, then the articles and the people and organisations in parts. */
export function sitemapFiles(archive: Archive): string[] {
  return [
    "/sitemap-lists.xml",
    ...filesFor("articles", archive.articles.length),
    ...filesFor("entities", archive.entities.length),
  ];
}

/** A `<urlset>` file; every value is escaped, since titles never go in but slugs come from articles. */
export function urlset(site: SiteConfig, entries: readonly SitemapEntry[]): string {
  const url = ({ path, lastmod }: SitemapEntry): SafeHtml =>
    xml`<url><loc>${absoluteUrl(site, path)}</loc>${lastmod && xml`<lastmod>${lastmod.slice(0, 10)}</lastmod>`}</url>
`;
  return xml`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.map(url)}</urlset>
`.value;
}
