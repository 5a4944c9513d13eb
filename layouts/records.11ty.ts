import type { SiteData } from "./_includes/pageData.ts";

export const data = { permalink: "records.json" };

/** Every record exactly as `newsarchive parse` prints it, for tools outside the site. */
export function render({ archive }: SiteData): string {
  return `${JSON.stringify(archive.articles.map((article) => article.record))}\n`;
}
