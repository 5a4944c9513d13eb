import type { YearPage } from "../src/archive/index.ts";
import { html } from "./_includes/html.ts";
import { countOf } from "./_includes/numbers.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { pagedTitle, pagePath, pagingLinks, pagingNav } from "./_includes/pagination.ts";
import { jumpLinks, sectionedList } from "./_includes/sectionedList.ts";
import { shell } from "./_includes/shell.ts";
import { sitePath } from "./_includes/urls.ts";

interface YearPageData extends SiteData {
  yearPage: YearPage;
}

export const data = {
  pagination: {
    data: "yearPages",
    size: 1,
    alias: "yearPage",
    addAllPagesToCollections: false,
  },
  permalink: (data: YearPageData): string => `${pagePath(data.yearPage.list.paging).slice(1)}index.html`,
};

/** One page of a year's articles, oldest first, under a heading per month. */
export function render({ yearPage, site }: YearPageData): string {
  const { year, count, list, jumps } = yearPage;
  const { paging } = list;
  const main = html`<p class="breadcrumb"><a href="${sitePath(site, "/timeline/")}">Timeline</a></p>
<h1>${pagedTitle(String(year), paging)}</h1>
<p class="lede">${countOf(count, "article", "articles")}, oldest first.</p>
${jumpLinks(site, paging.base, jumps, `Months of ${year}`)}
${sectionedList(site, list, 2)}
${pagingNav(site, paging, `Pages of ${year}`)}`;
  return shell({
    site,
    title: pagedTitle(String(year), paging),
    description: `Archived articles from ${year}.`,
    path: pagePath(paging),
    section: "timeline",
    head: pagingLinks(site, paging),
    main,
  });
}
