import type { CountryPage } from "../src/archive/index.ts";
import { barChart, yearPoints } from "./_includes/barChart.ts";
import { html } from "./_includes/html.ts";
import { countOf, formatCount } from "./_includes/numbers.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { pagedTitle, pagePath, pagingLinks, pagingNav } from "./_includes/pagination.ts";
import { jumpLinks, sectionedList } from "./_includes/sectionedList.ts";
import { shell } from "./_includes/shell.ts";
import { countryPath, sitePath } from "./_includes/urls.ts";

interface CountryPageData extends SiteData {
  countryPage: CountryPage;
}

export const data = {
  pagination: {
    data: "countryPages",
    size: 1,
    alias: "countryPage",
    addAllPagesToCollections: false,
  },
  permalink: (data: CountryPageData): string =>
    `${pagePath(data.countryPage.list.paging).slice(1)}index.html`,
};

/** One page of a country's articles; the first also shows its coverage and the countries named with it. */
export function render({ countryPage, site }: CountryPageData): string {
  const { country, list, jumps } = countryPage;
  const { paging } = list;
  const count = country.articles.length;
  const first = paging.number === 1;
  const main = html`<p class="breadcrumb"><a href="${sitePath(site, "/countries/")}">Countries</a>${
    !first && html` › <a href="${sitePath(site, countryPath(country))}">${country.name}</a>`
  }</p>
<h1>${pagedTitle(country.name, paging)}</h1>
<p class="lede">${countOf(count, "article mentions", "articles mention")} ${country.name}.</p>
${
  first &&
  country.coverage.length > 0 &&
  html`<section aria-labelledby="coverage-heading">
  <h2 id="coverage-heading">Coverage over time</h2>
  ${barChart(yearPoints(country.coverage), { id: "coverage-chart", caption: `Articles mentioning ${country.name} per year` })}
</section>`
}
${
  first &&
  country.coMentioned.length > 0 &&
  html`<section aria-labelledby="co-heading">
  <h2 id="co-heading">Often mentioned with ${country.name}</h2>
  <ul class="chips">${country.coMentioned.map(
    (mention) =>
      html`<li><a href="${sitePath(site, countryPath(mention.country))}">${mention.country.name}</a> <span class="count">${formatCount(mention.count)}</span></li>`,
  )}</ul>
</section>`
}
<section aria-labelledby="articles-heading">
  <h2 id="articles-heading">Articles, newest first</h2>
  ${jumpLinks(site, paging.base, jumps, "Articles by year")}
  ${sectionedList(site, list, 3)}
  ${pagingNav(site, paging, `Pages of articles mentioning ${country.name}`)}
</section>`;
  return shell({
    site,
    title: pagedTitle(country.name, paging),
    description: `${countOf(count, "archived article mentions", "archived articles mention")} ${country.name}.`,
    path: pagePath(paging),
    section: "countries",
    head: pagingLinks(site, paging),
    main,
  });
}
