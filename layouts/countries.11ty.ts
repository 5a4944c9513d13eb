import { html } from "./_includes/html.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { shell } from "./_includes/shell.ts";
import { countryPath, sitePath } from "./_includes/urls.ts";

export const data = { permalink: "countries/index.html" };

const plural = (count: number): string => `${count} ${count === 1 ? "article" : "articles"}`;

export function render({ archive, site }: SiteData): string {
  const main = html`<h1>Countries</h1>
<p class="lede">${archive.countries.length} countries are mentioned in the archive, most covered first.</p>
<ol class="country-index">${archive.countries.map(
    (country) =>
      html`
  <li><a href="${sitePath(site, countryPath(country))}">${country.name}</a> <span class="count">${plural(country.articles.length)}</span></li>`,
  )}
</ol>`;
  return shell({
    site,
    title: "Countries",
    description: "Every country mentioned in the archive, with its article count.",
    path: "/countries/",
    section: "countries",
    main,
  });
}
