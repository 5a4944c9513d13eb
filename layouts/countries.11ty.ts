import { html } from "./_includes/html.ts";
import { formatCount } from "./_includes/numbers.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { shell } from "./_includes/shell.ts";
import { countryPath, sitePath } from "./_includes/urls.ts";
import { countryTable, type MapCountry, worldMap } from "./_includes/worldMap.ts";

export const data = { permalink: "countries/index.html" };

export function render({ archive, site }: SiteData): string {
  const countries: MapCountry[] = archive.countries.map((country) => ({
    code: country.code,
    name: country.name,
    count: country.articles.length,
    href: sitePath(site, countryPath(country)),
  }));
  const main = html`<h1>Countries</h1>
<p class="lede">${formatCount(archive.countries.length)} countries are mentioned in the archive, most covered first.</p>
${worldMap(countries, "Articles per country")}
${countryTable(countries, "Articles mentioning each country, most covered first")}`;
  return shell({
    site,
    title: "Countries",
    description: "Every country mentioned in the archive, with its article count.",
    path: "/countries/",
    section: "countries",
    main,
  });
}
