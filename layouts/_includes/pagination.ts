import { type Paging, pagedPath } from "../../src/archive/pagination.ts";
import type { SiteConfig } from "../../src/site/siteConfig.ts";
import { html, type SafeHtml } from "./html.ts";
import { sitePath } from "./urls.ts";

/** Pages on either side of the current one that get a numbered link; the first and last always do. */
const nearbyPages = 2;

export { pagePath } from "../../src/archive/pagination.ts";

/** `China` on page 1, `China, page 2 of 43` after, so every page has its own title. */
export function pagedTitle(title: string, paging: Paging): string {
  return paging.number === 1 ? title : `${title}, page ${paging.number} of ${paging.count}`;
}

/** `rel=prev` and `rel=next` for the head, so crawlers and readers' tools see the list's order. */
export function pagingLinks(site: SiteConfig, { base, number, count }: Paging): SafeHtml {
  return html`${number > 1 && html`<link rel="prev" href="${sitePath(site, pagedPath(base, number - 1))}">\n`}${
    number < count && html`<link rel="next" href="${sitePath(site, pagedPath(base, number + 1))}">\n`
  }`;
}

function shownNumbers(number: number, count: number): number[] {
  const shown = new Set([1, count]);
  for (let page = number - nearbyPages; page <= number + nearbyPages; page++) {
    if (page >= 1 && page <= count) shown.add(page);
  }
  return [...shown].sort((a, b) => a - b);
}

/** Previous, the first, last and nearby page numbers, and next; nothing for a list that fits on one page. */
export function pagingNav(site: SiteConfig, paging: Paging, label: string): SafeHtml {
  const { base, number, count } = paging;
  if (count <= 1) return html``;
  const link = (page: number, text: string, rel?: string) =>
    html`<a href="${sitePath(site, pagedPath(base, page))}"${rel && html` rel="${rel}"`}>${text}</a>`;
  let previousShown = 0;
  const items = shownNumbers(number, count).map((page) => {
    const gap = page > previousShown + 1 && html`<li class="pagination-gap" aria-hidden="true">…</li>`;
    previousShown = page;
    return html`${gap}<li>${
      page === number
        ? html`<a href="${sitePath(site, pagedPath(base, page))}" aria-current="page">${page}</a>`
        : link(page, String(page))
    }</li>`;
  });
  return html`<nav class="pagination" aria-label="${label}">
  ${number > 1 ? link(number - 1, "Previous", "prev") : html`<span class="pagination-end">Previous</span>`}
  <ol>${items}</ol>
  ${number < count ? link(number + 1, "Next", "next") : html`<span class="pagination-end">Next</span>`}
</nav>`;
}
