import { describeArticle } from "./_includes/articleHead.ts";
import { toRfc3339 } from "./_includes/dates.ts";
import { feedArticles, feedUpdated } from "./_includes/feedItems.ts";
import { xml } from "./_includes/html.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { absoluteUrl } from "./_includes/urls.ts";

export const data = { permalink: "feed.xml" };

/** Atom 1.0; `content` carries the sanitized body as escaped HTML. */
export function render({ archive, site }: SiteData): string {
  const updated = feedUpdated(archive);
  return xml`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language}">
  <title>${site.title}</title>
  <subtitle>${site.description}</subtitle>
  <id>${absoluteUrl(site, "/")}</id>
  <link rel="alternate" type="text/html" href="${absoluteUrl(site, "/")}"/>
  <link rel="self" type="application/atom+xml" href="${absoluteUrl(site, "/feed.xml")}"/>
  <updated>${updated}</updated>
  <author><name>${site.title}</name></author>
${feedArticles(archive).map((article) => {
  const { record } = article;
  const url = absoluteUrl(site, article.summary.path);
  return xml`  <entry>
    <title type="text">${record.title}</title>
    <id>${url}</id>
    <link rel="alternate" type="text/html" href="${url}"/>
    ${record.published && xml`<published>${toRfc3339(record.published)}</published>`}
    <updated>${record.updated ? toRfc3339(record.updated) : record.published ? toRfc3339(record.published) : updated}</updated>
    ${record.authors.map((name) => xml`<author><name>${name}</name></author>`)}
    ${article.summary.countries.map((country) => xml`<category term="${country.name}"/>`)}
    <summary type="text">${describeArticle(article)}</summary>
    <content type="html">${record.bodyHtml}</content>
  </entry>
`;
})}</feed>
`.value;
}
