import type { ArchiveArticle, EntityRef } from "../src/archive/index.ts";
import type { SiteConfig } from "../src/site/siteConfig.ts";
import { articleAside } from "./_includes/articleAside.ts";
import { articleHead, describeArticle } from "./_includes/articleHead.ts";
import { articleImage } from "./_includes/articleImage.ts";
import { timeElement } from "./_includes/dates.ts";
import { html, type SafeHtml, sanitizedBodyHtml } from "./_includes/html.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { shell } from "./_includes/shell.ts";
import { countryPath, sitePath } from "./_includes/urls.ts";

/**
 * The people or organisations an article names, linked to their pages. Only those with a page become search
 * filters: the others are named by this article alone, and would fill the filter list with one-article names.
 */
function entityChips(refs: readonly EntityRef[], label: string, filter: string, site: SiteConfig): SafeHtml {
  if (refs.length === 0) return html``;
  return html`<div class="article-entities" data-pagefind-ignore><h2 class="label">${label}</h2><ul>${refs.map(
    (ref) =>
      ref.path
        ? html`<li><a href="${sitePath(site, ref.path)}" data-pagefind-filter="${filter}">${ref.name}</a></li>`
        : html`<li>${ref.name}</li>`,
  )}</ul></div>`;
}

interface ArticlePageData extends SiteData {
  article: ArchiveArticle;
}

export const data = {
  pagination: { data: "articlePages", size: 1, alias: "article", addAllPagesToCollections: false },
  permalink: (data: ArticlePageData): string => `${data.article.summary.path.slice(1)}index.html`,
};

/**
 * Only this layout carries data-pagefind-body, so lists and navigation never turn up in search results. Every
 * data-pagefind-* attribute must depend on the record and summary alone: a shard is re-indexed only when those
 * change (src/site/articleFingerprints.ts).
 */
export function render({ article, site }: ArticlePageData): string {
  const { record, summary } = article;
  const published = record.published;
  // Pagefind drops pages without the sort key, so undated articles get one that puts them last either way.
  // The ISO date as metadata lets `newsarchive search` report it; undated articles have none.
  const main = html`<article class="article" data-pagefind-body data-pagefind-sort="newest:${published ?? "0000"}"${
    published !== undefined && html` data-pagefind-meta="published:${published}"`
  }>
  <header class="article-header" data-pagefind-sort="oldest:${published ?? "9999"}">
    ${record.section && html`<p class="article-section">${record.section}</p>`}
    <h1 data-pagefind-meta="title">${record.title}</h1>
    ${record.dek && html`<p class="article-dek">${record.dek}</p>`}
    ${(record.authors.length > 0 || record.source) && html`<p class="byline">${record.authors.length > 0 && html`By <span class="authors">${record.authors.join(", ")}</span>`}${record.authors.length > 0 && record.source && " · "}${record.source && html`<span class="source" data-pagefind-filter="source">${record.source}</span>`}</p>`}
    <dl class="article-dates" data-pagefind-ignore>
      <div><dt>Published</dt><dd>${
        published === undefined
          ? html`<span data-pagefind-filter="year:Undated" data-pagefind-meta="date:Undated">Date unknown</span>`
          : timeElement(
              published,
              summary.estimated,
              html` data-pagefind-meta="date" data-pagefind-filter="year:${published.slice(0, 4)}"`,
            )
      }</dd></div>
      ${record.updated && html`<div><dt>Updated</dt><dd>${timeElement(record.updated)}</dd></div>`}
    </dl>
    ${entityChips(article.people, "People", "person", site)}
    ${entityChips(article.organizations, "Organizations", "organization", site)}
    ${
      summary.countries.length > 0 &&
      html`<div class="article-countries" data-pagefind-ignore><h2 class="label">Countries</h2><ul>${summary.countries.map(
        (country) =>
          html`<li><a href="${sitePath(site, countryPath(country))}" data-pagefind-filter="country">${country.name}</a></li>`,
      )}</ul></div>`
    }
  </header>
  ${record.dateline && html`<p class="dateline">${record.dateline}</p>`}
  <div class="article-body">
${sanitizedBodyHtml(record.bodyHtml)}
  </div>
</article>
${articleAside(article, site)}`;
  return shell({
    site,
    title: record.title,
    description: describeArticle(article),
    path: summary.path,
    ogType: "article",
    image: articleImage(article),
    head: articleHead(article, site),
    main,
  });
}
