import { describeArticle } from "./_includes/articleHead.ts";
import { toRfc3339 } from "./_includes/dates.ts";
import { feedArticles } from "./_includes/feedItems.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { absoluteUrl } from "./_includes/urls.ts";

export const data = { permalink: "feed.json" };

/** JSON Feed 1.1; JSON.stringify does the escaping. */
export function render({ archive, site }: SiteData): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: site.title,
    home_page_url: absoluteUrl(site, "/"),
    feed_url: absoluteUrl(site, "/feed.json"),
    language: site.language,
    description: site.description,
    items: feedArticles(archive).map((article) => {
      const { record } = article;
      const url = absoluteUrl(site, article.summary.path);
      return {
        id: url,
        url,
        title: record.title,
        content_html: record.bodyHtml,
        summary: describeArticle(article),
        ...(record.published === undefined ? {} : { date_published: toRfc3339(record.published) }),
        ...(record.updated === undefined ? {} : { date_modified: toRfc3339(record.updated) }),
        authors: record.authors.map((name) => ({ name })),
        tags: article.summary.countries.map((country) => country.name),
      };
    }),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
