import type { Archive } from "../../src/archive/index.ts";
import { pagePath } from "../../src/archive/pagination.ts";
import { entityIndexPath } from "../../src/archive/paths.ts";
import type { SiteConfig } from "../../src/site/siteConfig.ts";
import { type SafeHtml, xml } from "./html.ts";
import { absoluteUrl } from "./urls.ts";

/** The sitemaps protocol's limit of URLs in one file; an archive with more gets more files. */
export const urlsPerSitemap = 50_000;

/** One `<url>`, with the day of its last change when known. */
export interface SitemapEntry {
  path: string;
  lastmod?: string | undefined;
}

/**
 * The pages that are not an article or a person's or organisation's page: the lists and every page of each
 * country, year, letter of names and the undated articles, a few thousand at most.
 */
export function listPages(archive: Archive): SitemapEntry[] {
  return [
    "/",
    "/countries/",
    entityIndexPath("person"),
    entityIndexPath("organization"),
    "/timeline/",
    "/search/",
    ...archive.countryPages.map((page) => pagePath(page.list.paging)),
    ...archive.timeline.yearPages.map((page) => pagePath(page.list.paging)),
    ...archive.timeline.undatedPages.map((page) => pagePath(page.list.paging)),
    ...archive.entityLetterPages.map((page) => pagePath(page.paging)),
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
    ...filesFor("entities", archive.entityPages.length),
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
