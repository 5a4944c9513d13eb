import type { ArchiveArticle, ArticleSummary } from "../../src/archive/index.ts";
import type { SiteConfig } from "../../src/site/siteConfig.ts";
import { articleList } from "./articleList.ts";
import { html, type SafeHtml } from "./html.ts";
import { sitePath } from "./urls.ts";

function relatedStories(article: ArchiveArticle, site: SiteConfig): SafeHtml {
  if (article.related.length === 0) return html``;
  return html`<section class="related" aria-labelledby="related-heading">
  <h2 id="related-heading">Related stories</h2>
  <ul class="related-list">${article.related.map(
    (story) => html`
    <li>${story.article ? html`<a href="${sitePath(site, story.article.path)}">${story.title}</a>` : html`<span>${story.title}</span>`}${
      story.date && html` <span class="related-date">${story.date}</span>`
    }${story.summary && html`<p>${story.summary}</p>`}</li>`,
  )}
  </ul>
</section>`;
}

function neighbourLink(
  site: SiteConfig,
  label: string,
  summary: ArticleSummary | undefined,
  rel: string,
): SafeHtml {
  if (!summary) return html``;
  return html`<li class="pager-${rel}"><a rel="${rel}" href="${sitePath(site, summary.path)}"><span class="pager-label">${label}</span> ${summary.title}</a></li>`;
}

/** What follows an article: related stories, similar archive articles, more on the same countries, previous and next. */
export function articleAside(article: ArchiveArticle, site: SiteConfig): SafeHtml {
  const dated = article.record.published !== undefined;
  const hasPager = article.previous !== undefined || article.next !== undefined;
  return html`${relatedStories(article, site)}
${
  article.similar.length > 0 &&
  html`<section class="similar" aria-labelledby="similar-heading">
  <h2 id="similar-heading">Related articles</h2>
  ${articleList(site, article.similar)}
</section>`
}
${
  article.moreOnSameCountries.length > 0 &&
  html`<section class="more" aria-labelledby="more-heading">
  <h2 id="more-heading">More on ${article.summary.countries
    .slice(0, 3)
    .map((country) => country.name)
    .join(", ")}</h2>
  ${articleList(site, article.moreOnSameCountries)}
</section>`
}
${
  hasPager &&
  html`<nav class="pager" aria-label="${dated ? "Older and newer articles" : "Other undated articles"}">
  <ul>
    ${neighbourLink(site, dated ? "Older:" : "Previous undated:", article.previous, "prev")}
    ${neighbourLink(site, dated ? "Newer:" : "Next undated:", article.next, "next")}
  </ul>
</nav>`
}`;
}
