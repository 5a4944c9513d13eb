import type { Archive, EntityKind, EntityLetter, EntityView } from "../../src/archive/index.ts";
import { entityIndexPath, entityLetterPath } from "../../src/archive/paths.ts";
import type { SiteConfig } from "../../src/site/siteConfig.ts";
import { html, type SafeHtml } from "./html.ts";
import { countOf, formatCount } from "./numbers.ts";
import { shell } from "./shell.ts";
import { sitePath } from "./urls.ts";

export const entityPages = {
  person: { title: "People", noun: "people" },
  organization: { title: "Organizations", noun: "organisations" },
} as const;

/** How many of the most named the index lists before the letters take over. */
const mostNamed = 50;

/** Links to every letter's page, with how many names it holds; the current letter is marked. */
export function letterNav(
  site: SiteConfig,
  kind: EntityKind,
  letters: readonly EntityLetter[],
  current?: string,
): SafeHtml {
  return html`<nav class="letter-nav" aria-label="${entityPages[kind].title} by initial"><ul>${letters.map(
    (letter) =>
      html`<li><a href="${sitePath(site, entityLetterPath(kind, letter.slug))}"${
        letter.slug === current && html` aria-current="page"`
      }>${letter.label}</a> <span class="count">${formatCount(letter.count)}</span></li>`,
  )}</ul></nav>`;
}

/** Names with their article counts, as the index and the letter pages list them, numbered from `start`. */
export function entityRows(site: SiteConfig, entities: readonly EntityView[], start = 1): SafeHtml {
  return html`<ol class="entity-list"${start > 1 && html` start="${start}"`}>${entities.map(
    (entity) =>
      html`
  <li><a href="${sitePath(site, entity.path)}">${entity.name}</a> <span class="count">${countOf(entity.articles.length, "article", "articles")}</span></li>`,
  )}
</ol>`;
}

/** The people or organisations index: every initial, then the most named, so no page lists everyone. */
export function entityIndex(kind: EntityKind, archive: Archive, site: SiteConfig): string {
  const { title, noun } = entityPages[kind];
  const letters = archive.entityLetters[kind];
  const total = letters.reduce((sum, letter) => sum + letter.count, 0);
  const top = archive.entities.filter((entity) => entity.kind === kind).slice(0, mostNamed);
  const main = html`<h1>${title}</h1>
<p class="lede">${total} ${noun} are named in more than one article. Browse them by initial, or start with the most named.</p>
${letterNav(site, kind, letters)}
${
  top.length > 0 &&
  html`<section aria-labelledby="most-named-heading">
  <h2 id="most-named-heading">Most named</h2>
  ${entityRows(site, top)}
</section>`
}`;
  return shell({
    site,
    title,
    description: `The ${noun} named across the archive.`,
    path: entityIndexPath(kind),
    main,
  });
}
