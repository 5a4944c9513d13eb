import type { CountryView } from "../src/archive/index.ts";
import { articleList } from "./_includes/articleList.ts";
import { barChart, yearPoints } from "./_includes/barChart.ts";
import { html } from "./_includes/html.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { shell } from "./_includes/shell.ts";
import { countryPath, sitePath } from "./_includes/urls.ts";

interface CountryPageData extends SiteData {
  country: CountryView;
}

export const data = {
  pagination: { data: "archive.countries", size: 1, alias: "country", addAllPagesToCollections: false },
  permalink: (data: CountryPageData): string => `countries/${data.country.slug}/index.html`,
};

export function render({ country, site }: CountryPageData): string {
  const count = country.articles.length;
  const main = html`<p class="breadcrumb"><a href="${sitePath(site, "/countries/")}">Countries</a></p>
<h1>${country.name}</h1>
<p class="lede">${count} ${count === 1 ? "article mentions" : "articles mention"} ${country.name}.</p>
${
  country.coverage.length > 0 &&
  html`<section aria-labelledby="coverage-heading">
  <h2 id="coverage-heading">Coverage over time</h2>
  ${barChart(yearPoints(country.coverage), { id: "coverage-chart", caption: `Articles mentioning ${country.name} per year` })}
</section>`
}
${
  country.coMentioned.length > 0 &&
  html`<section aria-labelledby="co-heading">
  <h2 id="co-heading">Often mentioned with ${country.name}</h2>
  <ul class="chips">${country.coMentioned.map(
    (mention) =>
      html`<li><a href="${sitePath(site, countryPath(mention.country))}">${mention.country.name}</a> <span class="count">${mention.count}</span></li>`,
  )}</ul>
</section>`
}
<section aria-labelledby="articles-heading">
  <h2 id="articles-heading">Articles, newest first</h2>
  ${articleList(site, country.articles)}
</section>`;
  return shell({
    site,
    title: country.name,
    description: `${count} archived ${count === 1 ? "article mentions" : "articles mention"} ${country.name}.`,
    path: countryPath(country),
    section: "countries",
    main,
  });
}
