import { articleList } from "./_includes/articleList.ts";
import { barChart, yearPoints } from "./_includes/barChart.ts";
import { formatDate } from "./_includes/dates.ts";
import { html } from "./_includes/html.ts";
import { countOf, formatCount } from "./_includes/numbers.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { searchForm, shell } from "./_includes/shell.ts";
import { countryPath, sitePath } from "./_includes/urls.ts";

export const data = { permalink: "index.html" };

const latestCount = 10;
const topCountryCount = 10;

export function render({ archive, site }: SiteData): string {
  const total = archive.articles.length;
  const latest = archive.articles.slice(0, latestCount).map((article) => article.summary);
  const main = html`<h1>${site.title}</h1>
<p class="lede">${countOf(total, "article", "articles")}${
    archive.span &&
    html` published from ${formatDate(archive.span.first)} to ${formatDate(archive.span.last)}`
  }, mentioning ${countOf(archive.countries.length, "country", "countries")}${
    archive.timeline.undated.length > 0 && html` (${formatCount(archive.timeline.undated.length)} undated)`
  }.</p>
${searchForm(site, "home-search", "Search every article")}
<div class="home-grid">
  <section aria-labelledby="latest-heading">
    <h2 id="latest-heading">Latest articles</h2>
    ${articleList(site, latest)}
    <p><a href="${sitePath(site, "/timeline/")}">All articles by date</a></p>
  </section>
  <section aria-labelledby="glance-heading">
    <h2 id="glance-heading">Coverage at a glance</h2>
    ${barChart(yearPoints(archive.timeline.coverage), { id: "home-chart", caption: "Articles per year" })}
    <h3>Most covered countries</h3>
    <ol class="country-index compact">${archive.countries
      .slice(0, topCountryCount)
      .map(
        (country) =>
          html`<li><a href="${sitePath(site, countryPath(country))}">${country.name}</a> <span class="count">${formatCount(country.articles.length)}</span></li>`,
      )}</ol>
    <p><a href="${sitePath(site, "/countries/")}">All countries</a></p>
  </section>
</div>`;
  return shell({
    site,
    title: site.title,
    description: site.description,
    path: "/",
    section: "home",
    main,
  });
}
