import { ArticleError } from "./errors.ts";
import { articlePath, defaultPermalink } from "./permalink.ts";
import type { ArticleRecord } from "./schema.ts";

/**
 * Two records with one URL would write one page over the other, and two with one id would be confused by every
 * tool that reads them: the first file (by path) keeps its URL, the others are reported. Under a permalink with
 * the date, one slug may serve articles of different days (imported archives repeat slugs).
 */
export function rejectDuplicateUrls(
  records: readonly ArticleRecord[],
  permalink: string = defaultPermalink,
): {
  records: ArticleRecord[];
  problems: ArticleError[];
} {
  const urlOwners = new Map<string, string>();
  const idOwners = new Map<string, string>();
  const kept: ArticleRecord[] = [];
  const problems: ArticleError[] = [];
  for (const record of records) {
    const url = articlePath(record, permalink);
    const urlOwner = urlOwners.get(url);
    const idOwner = idOwners.get(record.id);
    if (urlOwner !== undefined || idOwner !== undefined) {
      const clash =
        urlOwner !== undefined
          ? permalink === defaultPermalink
            ? `slug "${record.slug}" is already the URL of ${urlOwner}`
            : `URL ${url} is already the page of ${urlOwner}`
          : `id "${record.id}" is already used by ${idOwner}`;
      problems.push(
        new ArticleError(
          "duplicate",
          record.sourcePath,
          `${clash}: give this article its own in front matter`,
        ),
      );
      continue;
    }
    urlOwners.set(url, record.sourcePath);
    idOwners.set(record.id, record.sourcePath);
    kept.push(record);
  }
  return { records: kept, problems };
}
