import type { EntityView } from "../src/archive/index.ts";
import { articleList } from "./_includes/articleList.ts";
import { barChart, yearPoints } from "./_includes/barChart.ts";
import { entityIndexPath } from "./_includes/entityIndex.ts";
import { html } from "./_includes/html.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { shell } from "./_includes/shell.ts";
import { sitePath } from "./_includes/urls.ts";

interface EntityPageData extends SiteData {
  entity: EntityView;
}

const indexTitles = { person: "People", organization: "Organizations" } as const;

export const data = {
  pagination: { data: "entityPages", size: 1, alias: "entity", addAllPagesToCollections: false },
  permalink: (data: EntityPageData): string => `${data.entity.path.slice(1)}index.html`,
};

/** A person or organisation named by several articles: how often, when, and the articles, newest first. */
export function render({ entity, site }: EntityPageData): string {
  const count = entity.articles.length;
  const main = html`<p class="breadcrumb"><a href="${sitePath(site, entityIndexPath(entity.kind))}">${indexTitles[entity.kind]}</a></p>
<h1>${entity.name}</h1>
<p class="lede">Named in ${count} articles, ${entity.mentions} times in all.</p>
${
  entity.coverage.length > 0 &&
  html`<section aria-labelledby="coverage-heading">
  <h2 id="coverage-heading">Coverage over time</h2>
  ${barChart(yearPoints(entity.coverage), { id: "coverage-chart", caption: `Articles naming ${entity.name} per year` })}
</section>`
}
<section aria-labelledby="articles-heading">
  <h2 id="articles-heading">Articles, newest first</h2>
  ${articleList(site, entity.articles)}
</section>`;
  return shell({
    site,
    title: entity.name,
    description: `${count} archived articles name ${entity.name}.`,
    path: entity.path,
    main,
  });
}
