import type { TimelineYear } from "../src/archive/index.ts";
import { articleList } from "./_includes/articleList.ts";
import { monthName } from "./_includes/dates.ts";
import { html } from "./_includes/html.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { shell } from "./_includes/shell.ts";
import { monthAnchor, sitePath, yearPath } from "./_includes/urls.ts";

interface YearPageData extends SiteData {
  year: TimelineYear;
}

export const data = {
  pagination: { data: "archive.timeline.years", size: 1, alias: "year", addAllPagesToCollections: false },
  permalink: (data: YearPageData): string => `timeline/${data.year.year}/index.html`,
};

export function render({ year, site }: YearPageData): string {
  const main = html`<p class="breadcrumb"><a href="${sitePath(site, "/timeline/")}">Timeline</a></p>
<h1>${year.year}</h1>
<p class="lede">${year.count} ${year.count === 1 ? "article" : "articles"}, oldest first.</p>
${year.months.map(
  (
    month,
  ) => html`<section id="${monthAnchor(month.month)}" aria-labelledby="${monthAnchor(month.month)}-heading">
  <h2 id="${monthAnchor(month.month)}-heading">${monthName(month.month)} ${year.year} <span class="count">${month.articles.length}</span></h2>
  ${articleList(site, month.articles)}
</section>
`,
)}`;
  return shell({
    site,
    title: String(year.year),
    description: `Archived articles from ${year.year}.`,
    path: yearPath(year.year),
    section: "timeline",
    main,
  });
}
