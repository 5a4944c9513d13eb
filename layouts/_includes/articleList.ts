import type { ArticleSummary } from "../../src/archive/index.ts";
import type { SiteConfig } from "../../src/site/siteConfig.ts";
import { timeElement } from "./dates.ts";
import { html, type SafeHtml } from "./html.ts";
import { sitePath } from "./urls.ts";

/** One line per article: headline link, date (or "Undated"), source and countries, then the dek. */
export function articleList(site: SiteConfig, articles: readonly ArticleSummary[]): SafeHtml {
  return html`<ul class="article-list">${articles.map(
    (article) => html`
  <li>
    <a class="article-list-title" href="${sitePath(site, article.path)}">${article.title}</a>
    <p class="article-list-meta">${
      article.published === undefined
        ? html`<span>Undated</span>`
        : timeElement(article.published, article.estimated)
    }${article.source && html` · <span>${article.source}</span>`}${
      article.countries.length > 0 &&
      html` · <span>${article.countries.map((country) => country.name).join(", ")}</span>`
    }</p>
    ${article.dek && html`<p class="article-list-dek">${article.dek}</p>`}
  </li>`,
  )}
</ul>`;
}
