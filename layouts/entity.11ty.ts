import type { EntityPage } from "../src/archive/index.ts";
import { entityIndexPath } from "../src/archive/paths.ts";
import { barChart, yearPoints } from "./_includes/barChart.ts";
import { html } from "./_includes/html.ts";
import { countOf, formatCount } from "./_includes/numbers.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { pagedTitle, pagePath, pagingLinks, pagingNav } from "./_includes/pagination.ts";
import { jumpLinks, sectionedList } from "./_includes/sectionedList.ts";
import { shell } from "./_includes/shell.ts";
import { sitePath } from "./_includes/urls.ts";

interface EntityPageData extends SiteData {
  entityPage: EntityPage;
}

const indexTitles = { person: "People", organization: "Organizations" } as const;

export const data = {
  pagination: { data: "entityPages", size: 1, alias: "entityPage", addAllPagesToCollections: false },
  permalink: (data: EntityPageData): string => `${pagePath(data.entityPage.list.paging).slice(1)}index.html`,
};

/** One page of a person's or organisation's articles, newest first; the first also charts their coverage. */
export function render({ entityPage, site }: EntityPageData): string {
  const { entity, list, jumps } = entityPage;
  const { paging } = list;
  const count = entity.articleCount;
  const first = paging.number === 1;
  const main = html`<p class="breadcrumb"><a href="${sitePath(site, entityIndexPath(entity.kind))}">${indexTitles[entity.kind]}</a>${
    !first && html` › <a href="${sitePath(site, entity.path)}">${entity.name}</a>`
  }</p>
<h1>${pagedTitle(entity.name, paging)}</h1>
<p class="lede">Named in ${countOf(count, "article", "articles")}, ${formatCount(entity.mentions)} times in all.</p>
${
  first &&
  entity.coverage.length > 0 &&
  html`<section aria-labelledby="coverage-heading">
  <h2 id="coverage-heading">Coverage over time</h2>
  ${barChart(yearPoints(entity.coverage), { id: "coverage-chart", caption: `Articles naming ${entity.name} per year` })}
</section>`
}
<section aria-labelledby="articles-heading">
  <h2 id="articles-heading">Articles, newest first</h2>
  ${jumpLinks(site, paging.base, jumps, "Articles by year")}
  ${sectionedList(site, list, 3)}
  ${pagingNav(site, paging, `Pages of articles naming ${entity.name}`)}
</section>`;
  return shell({
    site,
    title: pagedTitle(entity.name, paging),
    description: `${countOf(count, "archived article names", "archived articles name")} ${entity.name}.`,
    path: pagePath(paging),
    head: pagingLinks(site, paging),
    main,
  });
}
