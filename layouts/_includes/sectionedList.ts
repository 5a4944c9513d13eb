import type { ArticleListPage, ListJump } from "../../src/archive/index.ts";
import { pagedPath } from "../../src/archive/pagination.ts";
import type { SiteConfig } from "../../src/site/siteConfig.ts";
import { articleList } from "./articleList.ts";
import { html, SafeHtml } from "./html.ts";
import { sitePath } from "./urls.ts";

/**
 * One page of a list, each section (a year, a month) under its own heading at `level` (2 or 3, after the page's
 * own headings); the section's id is the anchor its jump link targets.
 */
export function sectionedList(site: SiteConfig, { sections }: ArticleListPage, level: 2 | 3): SafeHtml {
  const heading = new SafeHtml(`h${level}`);
  return html`${sections.map(
    (
      section,
    ) => html`<section class="list-section" id="${section.id}" aria-labelledby="${section.id}-heading">
<${heading} id="${section.id}-heading">${section.label}</${heading}>
${articleList(site, section.articles)}
</section>
`,
  )}`;
}

/** Links to the page and heading where each section begins, with its size, so a year is one click away. */
export function jumpLinks(
  site: SiteConfig,
  base: string,
  jumps: readonly ListJump[],
  label: string,
): SafeHtml {
  if (jumps.length <= 1) return html``;
  return html`<nav class="list-jumps" aria-label="${label}"><ul>${jumps.map(
    (jump) =>
      html`<li><a href="${sitePath(site, `${pagedPath(base, jump.page)}#${jump.id}`)}">${jump.label}</a> <span class="count">${jump.count}</span></li>`,
  )}</ul></nav>`;
}
