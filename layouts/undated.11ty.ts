import type { UndatedPage } from "../src/archive/index.ts";
import { articleList } from "./_includes/articleList.ts";
import { html } from "./_includes/html.ts";
import { countOf } from "./_includes/numbers.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { pagedTitle, pagePath, pagingLinks, pagingNav } from "./_includes/pagination.ts";
import { shell } from "./_includes/shell.ts";
import { sitePath } from "./_includes/urls.ts";

interface UndatedPageData extends SiteData {
  undatedPage: UndatedPage;
}

export const data = {
  pagination: {
    data: "undatedPages",
    size: 1,
    alias: "undatedPage",
    addAllPagesToCollections: false,
  },
  permalink: (data: UndatedPageData): string =>
    `${pagePath(data.undatedPage.list.paging).slice(1)}index.html`,
};

/** The articles that give no date, by headline, on pages of their own so the timeline stays small. */
export function render({ undatedPage, site }: UndatedPageData): string {
  const { count, list } = undatedPage;
  const { paging, sections } = list;
  const main = html`<p class="breadcrumb"><a href="${sitePath(site, "/timeline/")}">Timeline</a></p>
<h1>${pagedTitle("Undated articles", paging)}</h1>
<p class="lede">${countOf(count, "article gives", "articles give")} no date, by headline.</p>
${sections.map((section) => articleList(site, section.articles))}
${pagingNav(site, paging, "Pages of undated articles")}`;
  return shell({
    site,
    title: pagedTitle("Undated articles", paging),
    description: "Archived articles that give no date.",
    path: pagePath(paging),
    section: "timeline",
    head: pagingLinks(site, paging),
    main,
  });
}
