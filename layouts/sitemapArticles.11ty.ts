import type { ArchiveArticle } from "../src/archive/index.ts";
import type { SiteData } from "./_includes/pageData.ts";
import { urlset, urlsPerSitemap } from "./_includes/sitemaps.ts";

interface ArticlesSitemapData extends SiteData {
  articles: ArchiveArticle[];
  pagination: { pageNumber: number };
}

export const data = {
  pagination: {
    data: "archive.articles",
    size: urlsPerSitemap,
    alias: "articles",
    addAllPagesToCollections: false,
  },
  permalink: (data: ArticlesSitemapData): string => `sitemap-articles-${data.pagination.pageNumber + 1}.xml`,
};

/** Article pages, newest first, each with the day it last changed. */
export function render({ articles, site }: ArticlesSitemapData): string {
  return urlset(
    site,
    articles.map((article) => ({
      path: article.summary.path,
      lastmod: article.record.updated ?? article.record.published,
    })),
  );
}
