import type { ArchiveArticle } from "../../src/archive/index.ts";
import type { SiteConfig } from "../../src/site/siteConfig.ts";
import { articleImage } from "./articleImage.ts";
import { toRfc3339 } from "./dates.ts";
import { html, jsonForScript, type SafeHtml } from "./html.ts";
import { absoluteUrl } from "./urls.ts";

/** A one-line description: the dek, or the start of the text cut at a word. */
export function describeArticle(article: ArchiveArticle, length = 200): string {
  const { dek, text } = article.record;
  if (dek) return dek;
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  return `${flat.slice(0, flat.lastIndexOf(" ", length)).trimEnd()}…`;
}

/** The byline's people; an article without one is credited to its source, if it names one. */
function authors(article: ArchiveArticle): Record<string, string>[] {
  const { authors, source } = article.record;
  if (authors.length > 0) return authors.map((name) => ({ "@type": "Person", name }));
  return source === undefined ? [] : [{ "@type": "Organization", name: source }];
}

function newsArticleJsonLd(article: ArchiveArticle, site: SiteConfig): Record<string, unknown> {
  const { record } = article;
  const url = absoluteUrl(site, article.summary.path);
  const image = articleImage(article);
  const modified = record.updated ?? record.published;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: record.title,
    description: describeArticle(article),
    url,
    mainEntityOfPage: url,
    ...(record.published && { datePublished: toRfc3339(record.published) }),
    ...(modified && { dateModified: toRfc3339(modified) }),
    ...(image && { image: [image] }),
    ...(record.section && { articleSection: record.section }),
    ...(record.dateline && { locationCreated: { "@type": "Place", name: record.dateline } }),
    author: authors(article),
    // The archive publishes the page; the publication it came from is its source.
    publisher: {
      "@type": "Organization",
      name: site.title,
      url: absoluteUrl(site, "/"),
      logo: {
        "@type": "ImageObject",
        url: absoluteUrl(site, "/assets/icon-512.png"),
        width: 512,
        height: 512,
      },
    },
    ...(record.source && { sourceOrganization: { "@type": "Organization", name: record.source } }),
    about: article.summary.countries.map((country) => ({ "@type": "Country", name: country.name })),
    wordCount: record.wordCount,
  };
}

/** OpenGraph article tags and NewsArticle JSON-LD for an article page's `<head>` (the shell adds the common ones). */
export function articleHead(article: ArchiveArticle, site: SiteConfig): SafeHtml {
  const { record } = article;
  return html`${record.published && html`<meta property="article:published_time" content="${toRfc3339(record.published)}">`}
${record.updated && html`<meta property="article:modified_time" content="${toRfc3339(record.updated)}">`}
${record.section && html`<meta property="article:section" content="${record.section}">`}
${article.summary.countries.map((country) => html`<meta property="article:tag" content="${country.name}">\n`)}
<script type="application/ld+json">${jsonForScript(newsArticleJsonLd(article, site))}</script>`;
}
