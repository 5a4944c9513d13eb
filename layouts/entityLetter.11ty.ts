import type { EntityLetterPage } from "../src/archive/index.ts";
import { entityIndexPath } from "../src/archive/paths.ts";
import { entityPages, entityRows, letterNav } from "./_includes/entityIndex.ts";
import { html } from "./_includes/html.ts";
import { formatCount } from "./_includes/numbers.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { pagedTitle, pagePath, pagingLinks, pagingNav } from "./_includes/pagination.ts";
import { shell } from "./_includes/shell.ts";
import { sitePath } from "./_includes/urls.ts";

interface LetterPageData extends SiteData {
  letterPage: EntityLetterPage;
}

export const data = {
  pagination: {
    data: "letterPages",
    size: 1,
    alias: "letterPage",
    addAllPagesToCollections: false,
  },
  permalink: (data: LetterPageData): string => `${pagePath(data.letterPage.paging).slice(1)}index.html`,
};

/** The people or organisations whose names start with one letter, by name. */
export function render({ letterPage, site }: LetterPageData): string {
  const { kind, letter, letters, paging, entities, start } = letterPage;
  const { title, noun } = entityPages[kind];
  const heading = pagedTitle(`${title}: ${letter.label}`, paging);
  const main = html`<p class="breadcrumb"><a href="${sitePath(site, entityIndexPath(kind))}">${title}</a></p>
<h1>${heading}</h1>
<p class="lede">${formatCount(letter.count)} ${noun} ${letter.slug === "other" ? "whose names start with a digit or a sign" : `whose names start with ${letter.label}`}, by name.</p>
${letterNav(site, kind, letters, letter.slug)}
${entityRows(site, entities, start)}
${pagingNav(site, paging, `Pages of ${title.toLowerCase()}: ${letter.label}`)}`;
  return shell({
    site,
    title: heading,
    description: `The ${noun} named across the archive whose names start with ${letter.label}.`,
    path: pagePath(paging),
    head: pagingLinks(site, paging),
    main,
  });
}
