import { ArticleError } from "./errors.ts";
import type { ArticleRecord } from "./schema.ts";

/**
 * Two records with one slug would write one page over the other, and two with one id would be confused by every
 * tool that reads them: the first file (by path) keeps its URL, the others are reported.
 */
export function rejectDuplicateUrls(records: readonly ArticleRecord[]): {
  records: ArticleRecord[];
  problems: ArticleError[];
} {
  const slugOwners = new Map<string, string>();
  const idOwners = new Map<string, string>();
  const kept: ArticleRecord[] = [];
  const problems: ArticleError[] = [];
  for (const record of records) {
    const slugOwner = slugOwners.get(record.slug);
    const idOwner = idOwners.get(record.id);
    if (slugOwner !== undefined || idOwner !== undefined) {
      const clash =
        slugOwner !== undefined
          ? `slug "${record.slug}" is already the URL of ${slugOwner}`
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
    slugOwners.set(record.slug, record.sourcePath);
    idOwners.set(record.id, record.sourcePath);
    kept.push(record);
  }
  return { records: kept, problems };
}
