import type { ArchiveArticle } from "../../src/archive/index.ts";
import type { SiteConfig } from "../../src/site/siteConfig.ts";
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

function newsArticleJsonLd(article: ArchiveArticle, site: SiteConfig): Record<string, unknown> {
  const { record } = article;
  const url = absoluteUrl(site, article.summary.path);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: record.title,
    description: describeArticle(article),
    url,
    mainEntityOfPage: url,
    ...(record.published && { datePublished: toRfc3339(record.published) }),
    ...(record.updated && { dateModified: toRfc3339(record.updated) }),
    ...(record.section && { articleSection: record.section }),
    ...(record.dateline && { locationCreated: { "@type": "Place", name: record.dateline } }),
    author: record.authors.map((name) => ({ "@type": "Person", name })),
    ...(record.source && { publisher: { "@type": "Organization", name: record.source } }),
    about: article.summary.countries.map((country) => ({ "@type": "Country", name: country.name })),
    wordCount: record.wordCount,
  };
}

/** OpenGraph tags and NewsArticle JSON-LD for an article page's `<head>`. */
export function articleHead(article: ArchiveArticle, site: SiteConfig): SafeHtml {
  const { record } = article;
  return html`<meta property="og:type" content="article">
<meta property="og:title" content="${record.title}">
<meta property="og:description" content="${describeArticle(article)}">
<meta property="og:url" content="${absoluteUrl(site, article.summary.path)}">
<meta property="og:site_name" content="${site.title}">
${record.published && html`<meta property="article:published_time" content="${toRfc3339(record.published)}">`}
${record.updated && html`<meta property="article:modified_time" content="${toRfc3339(record.updated)}">`}
${record.section && html`<meta property="article:section" content="${record.section}">`}
${article.summary.countries.map((country) => html`<meta property="article:tag" content="${country.name}">\n`)}
<script type="application/ld+json">${jsonForScript(newsArticleJsonLd(article, site))}</script>`;
}
