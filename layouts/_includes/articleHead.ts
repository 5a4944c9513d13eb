import type { ArchiveArticle } from "../../src/archive/index.ts";
import type { SiteConfig } from "../../src/site/siteConfig.ts";
import { articleImage } from "./articleImage.ts";
import { toRfc3339 } from "./dates.ts";
import { html, jsonForScript, type SafeHtml } from "./html.ts";
import { absoluteUrl } from "./urls.ts";

const flatten = (text: string) => text.replace(/\s+/g, " ").trim();

/** A one-line description: the dek, or the start of the text cut at a word. */
export function describeArticle(article: ArchiveArticle, length = 200): string {
  const { dek, text } = article.record;
  if (dek) return dek;
  // Only the start is shown, and a page asks several times: flattening the whole text each time took a tenth of
  // the templates' time at 10,000 articles. A prefix that flattens to more than `length + 1` characters gives
  // the same cut.
  const start = flatten(text.slice(0, 4 * length));
  const flat = start.length > length + 1 ? start : flatten(text);
  if (flat.length <= length) return flat;
  // A text with no space that early (a long URL, say) is cut mid-word rather than shown whole.
  const cut = flat.lastIndexOf(" ", length);
  return `${flat.slice(0, cut > 0 ? cut : length).trimEnd()}…`;
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
