import { xml } from "./_includes/html.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { absoluteUrl, countryPath, yearPath } from "./_includes/urls.ts";

export const data = { permalink: "sitemap.xml" };

/** Every page a reader can land on; article pages carry their last change as `lastmod`. */
export function render({ archive, site }: SiteData): string {
  const url = (path: string, lastmod?: string) =>
    xml`  <url><loc>${absoluteUrl(site, path)}</loc>${lastmod && xml`<lastmod>${lastmod.slice(0, 10)}</lastmod>`}</url>
`;
  return xml`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${url("/")}${url("/countries/")}${url("/timeline/")}${url("/search/")}${archive.countries.map((country) =>
  url(countryPath(country)),
)}${archive.timeline.years.map((year) => url(yearPath(year.year)))}${archive.articles.map((article) =>
  url(article.summary.path, article.record.updated ?? article.record.published),
)}</urlset>
`.value;
}
