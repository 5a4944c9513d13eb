import type { Archive, EntityKind } from "../../src/archive/index.ts";
import type { SiteConfig } from "../../src/site/siteConfig.ts";
import { html } from "./html.ts";
import { shell } from "./shell.ts";
import { sitePath } from "./urls.ts";

const pages = {
  person: { title: "People", path: "/people/", noun: "people" },
  organization: { title: "Organizations", path: "/organizations/", noun: "organisations" },
} as const;

export function entityIndexPath(kind: EntityKind): string {
  return pages[kind].path;
}

/** Every person or organisation with a page, most covered first, with its article count. */
export function entityIndex(kind: EntityKind, archive: Archive, site: SiteConfig): string {
  const { title, path, noun } = pages[kind];
  const entities = archive.entities.filter((entity) => entity.kind === kind);
  const main = html`<h1>${title}</h1>
<p class="lede">${entities.length} ${noun} are named in more than one article, most covered first.</p>
<ol class="country-index">${entities.map(
    (entity) =>
      html`
  <li><a href="${sitePath(site, entity.path)}">${entity.name}</a> <span class="count">${entity.articles.length} articles</span></li>`,
  )}
</ol>`;
  return shell({ site, title, description: `The ${noun} named across the archive.`, path, main });
}
