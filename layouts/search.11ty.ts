import { searchEngineScript, searchScripts } from "./_includes/appShell.ts";
import { html } from "./_includes/html.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { shell } from "./_includes/shell.ts";
import { sitePath } from "./_includes/urls.ts";

export const data = { permalink: "search/index.html" };

/**
 * The search page's frame is in the HTML, with room kept for what the script fills in (the status line, the
 * results, the filters beside them), so nothing moves when search starts. assets/search.js shows what
 * assets/search-engine.js, a worker, finds with Pagefind in the primary bundle the build writes to /pagefind/ and
 * the other search shards merged into it; assets/search-filters.js draws
 * the filters; assets/search-offline.js asks the service worker to save the whole index.
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
<div class="offline-bar"><p id="offline-status" class="offline-status" role="status"></p></div>
<form id="search-form" class="search-box" role="search" aria-labelledby="search-heading" action="${sitePath(site, "/search/")}" method="get">
  <p class="search-box-row">
    <input id="search-input" class="pagefind-ui__search-input" type="search" name="q" aria-labelledby="search-heading" placeholder="Search articles" maxlength="500" autocomplete="off">
    <button type="submit">Search</button>
  </p>
  <p class="search-sort">
    <label for="search-sort">Order results</label>
    <select id="search-sort" name="order">
      <option value="relevance">Best match</option>
      <option value="newest">Newest first</option>
      <option value="oldest">Oldest first</option>
    </select>
  </p>
</form>
<noscript><p>Search needs JavaScript. Browse the archive by <a href="${sitePath(site, "/countries/")}">country</a> or on the <a href="${sitePath(site, "/timeline/")}">timeline</a> instead.</p></noscript>
<div id="search" class="search-layout" data-bundle-path="${sitePath(site, "/pagefind/")}" data-base-url="${site.pathPrefix}" data-engine="${sitePath(site, searchEngineScript)}" data-shards="${JSON.stringify(shards)}">
  <details class="search-filter-panel">
    <summary>Filter results</summary>
    <div id="search-filters"></div>
  </details>
  <div class="search-results">
    <p id="search-message" class="pagefind-ui__message" role="status"></p>
    <ol id="search-results" class="search-result-list"></ol>
    <button id="search-more" type="button" hidden>More results</button>
  </div>
</div>`;
  return shell({
    site,
    title: "Search",
    description: "Search every article, filtered by country, year, source, person and organisation.",
    path: "/search/",
    section: "search",
    main,
    scripts: html`${searchScripts.map((path) => html`<script src="${sitePath(site, path)}"></script>\n`)}`,
    headerSearch: false,
  });
}
