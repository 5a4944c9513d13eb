import { html } from "./_includes/html.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { searchForm, shell } from "./_includes/shell.ts";
import { sitePath } from "./_includes/urls.ts";

export const data = { permalink: "404.html" };

export function render({ site }: SiteData): string {
  const main = html`<h1>Page not found</h1>
<p class="lede">There is no page at this address. It may have moved, or the link may be mistyped.</p>
${searchForm(site, "missing-search", "Search for the article instead")}
<p>Or start from the <a href="${sitePath(site, "/")}">latest articles</a>, the <a href="${sitePath(site, "/countries/")}">countries</a> or the <a href="${sitePath(site, "/timeline/")}">timeline</a>.</p>`;
  return shell({ site, title: "Page not found", main, headerSearch: false });
}
