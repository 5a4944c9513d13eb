import { articleList } from "./_includes/articleList.ts";
import { barChart, monthPoints } from "./_includes/barChart.ts";
import { monthName } from "./_includes/dates.ts";
import { html } from "./_includes/html.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { shell } from "./_includes/shell.ts";
import { monthAnchor, sitePath, yearPath } from "./_includes/urls.ts";

export const data = { permalink: "timeline/index.html" };

export function render({ archive, site }: SiteData): string {
  const { timeline } = archive;
  const main = html`<h1>Timeline</h1>
${barChart(monthPoints(timeline.monthly), { id: "timeline-chart", caption: "Articles per month" })}
<section aria-labelledby="years-heading">
  <h2 id="years-heading">Years</h2>
  <ol class="timeline-years">${timeline.years.map(
    (year) => html`
    <li>
      <h3><a href="${sitePath(site, yearPath(year.year))}">${year.year}</a> <span class="count">${year.count}</span></h3>
      <ul class="timeline-months">${year.months.map(
        (month) =>
          html`<li><a href="${sitePath(site, `${yearPath(year.year)}#${monthAnchor(month.month)}`)}">${monthName(month.month)}</a> <span class="count">${month.articles.length}</span></li>`,
      )}</ul>
    </li>`,
  )}
  </ol>
</section>
${
  timeline.undated.length > 0 &&
  html`<section id="undated" aria-labelledby="undated-heading">
  <h2 id="undated-heading">Undated</h2>
  <p>${timeline.undated.length} ${timeline.undated.length === 1 ? "article gives" : "articles give"} no date.</p>
  ${articleList(site, timeline.undated)}
</section>`
}`;
  return shell({
    site,
    title: "Timeline",
    description: "The archive by year and month.",
    path: "/timeline/",
    section: "timeline",
    main,
  });
}
