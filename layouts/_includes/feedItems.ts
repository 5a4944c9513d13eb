import type { Archive, ArchiveArticle } from "../../src/archive/index.ts";
import { toRfc3339 } from "./dates.ts";

/** How many articles the feeds carry: the newest, then undated ones while room is left. */
export const feedLength = 50;

export function feedArticles(archive: Archive): ArchiveArticle[] {
  return archive.articles.slice(0, feedLength);
}

/**
 * The feed's last change: the newest published or updated date in the archive. Undated entries borrow it,
 * since Atom requires a date and the build time would change the feed on every rebuild.
 */
export function feedUpdated(archive: Archive): string {
  let newest = archive.span?.last;
  for (const { record } of archive.articles) {
    if (record.updated && (newest === undefined || toRfc3339(record.updated) > toRfc3339(newest))) {
      newest = record.updated;
    }
  }
  return toRfc3339(newest ?? "1970-01-01");
}
