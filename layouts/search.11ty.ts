import { searchScripts } from "./_includes/appShell.ts";
import { html } from "./_includes/html.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { shell } from "./_includes/shell.ts";
import { sitePath } from "./_includes/urls.ts";

export const data = { permalink: "search/index.html" };

/**
 * Pagefind's own UI, loaded from the primary bundle the build writes to /pagefind/ and merging the other search
 * shards; assets/search.js starts it, and
 * assets/search-offline.js asks the service worker to save the whole index and reports when search works offline.
 */
export function render({ site, search }: SiteData): string {
  // Bundle paths with the prefix, and each shard's score weights for date order (src/search/searchLayout.ts).
  const shards = {
    weights: { newest: search.primary.newestWeight, oldest: search.primary.oldestWeight },
    merged: search.merged.map((bundle) => ({
      bundlePath: sitePath(site, bundle.path),
      weights: { newest: bundle.newestWeight, oldest: bundle.oldestWeight },
    })),
  };
  const main = html`<h1 id="search-heading">Search</h1>
<p id="offline-status" class="offline-status" role="status"></p>
<p class="search-sort" hidden>
  <label for="search-sort">Order results</label>
  <select id="search-sort">
    <option value="relevance">Best match</option>
    <option value="newest">Newest first</option>
    <option value="oldest">Oldest first</option>
  </select>
</p>
<div id="search" class="search" data-bundle-path="${sitePath(site, "/pagefind/")}" data-base-url="${site.pathPrefix}" data-shards="${JSON.stringify(shards)}">
  <noscript><p>Search needs JavaScript. Browse the archive by <a href="${sitePath(site, "/countries/")}">country</a> or on the <a href="${sitePath(site, "/timeline/")}">timeline</a> instead.</p></noscript>
</div>`;
  return shell({
    site,
    title: "Search",
    description: "Search every article, filtered by country, year and source.",
    path: "/search/",
    section: "search",
    head: html`<link rel="stylesheet" href="${sitePath(site, "/pagefind/pagefind-ui.css")}">`,
    main,
    scripts: html`<script src="${sitePath(site, "/pagefind/pagefind-ui.js")}"></script>
${searchScripts.map((path) => html`<script src="${sitePath(site, path)}"></script>\n`)}`,
    headerSearch: false,
  });
}
