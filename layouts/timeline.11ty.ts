import { pagedPath } from "../src/archive/pagination.ts";
import { undatedPath } from "../src/archive/paths.ts";
import { barChart, monthPoints } from "./_includes/barChart.ts";
import { monthName } from "./_includes/dates.ts";
import { html } from "./_includes/html.ts";
import { formatCount } from "./_includes/numbers.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { shell } from "./_includes/shell.ts";
import { monthAnchor, sitePath, yearPath } from "./_includes/urls.ts";

export const data = { permalink: "timeline/index.html" };

/** Years and months with their counts, each month linked to the page of its year where it begins. */
export function render({ archive, site }: SiteData): string {
  const { timeline } = archive;
  const undated = timeline.undated.length;
  const main = html`<h1>Timeline</h1>
${barChart(monthPoints(timeline.monthly), { id: "timeline-chart", caption: "Articles per month" })}
<section aria-labelledby="years-heading">
  <h2 id="years-heading">Years</h2>
  <ol class="timeline-years">${timeline.years.map(
    (year) => html`
    <li>
      <h3><a href="${sitePath(site, yearPath(year.year))}">${year.year}</a> <span class="count">${formatCount(year.count)}</span></h3>
      <ul class="timeline-months">${year.months.map((month) => {
        const page = year.jumps.find((jump) => jump.id === monthAnchor(month.month))?.page ?? 1;
        return html`<li><a href="${sitePath(site, `${pagedPath(yearPath(year.year), page)}#${monthAnchor(month.month)}`)}">${monthName(month.month)}</a> <span class="count">${formatCount(month.articles.length)}</span></li>`;
      })}</ul>
    </li>`,
  )}
  </ol>
</section>
${
  undated > 0 &&
  html`<section id="undated" aria-labelledby="undated-heading">
  <h2 id="undated-heading">Undated</h2>
  <p><a href="${sitePath(site, undatedPath)}">${undated} ${undated === 1 ? "article gives" : "articles give"} no date</a>.</p>
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
