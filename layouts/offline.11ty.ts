import { html } from "./_includes/html.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { shell } from "./_includes/shell.ts";
import { sitePath } from "./_includes/urls.ts";
import { webAppPaths } from "./_includes/webApp.ts";

export const data = { permalink: `${webAppPaths.offlinePage.slice(1)}index.html` };

/** What the service worker shows, without a network, for a page the reader has not opened before. */
export function render({ site }: SiteData): string {
  const main = html`<h1>You are offline</h1>
<p class="lede">This page has not been saved on this device, and the network cannot be reached right now.</p>
<p>Pages you have opened before still work, and so does <a href="${sitePath(site, "/search/")}">search</a> once you have opened it with a network. Try again when you are back online, or start from the <a href="${sitePath(site, "/")}">latest articles</a>.</p>`;
  return shell({
    site,
    title: "Offline",
    head: html`<meta name="robots" content="noindex">`,
    main,
  });
}
