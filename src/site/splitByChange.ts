/** A page this build may skip: its site path and the fingerprint of everything it shows. */
export interface FingerprintedPage<T> {
  item: T;
  path: string;
  page: string;
}

/**
 * Splits pages into the items that must be rendered (new, or changed since the previous build) and the pages
 * whose previous files are still exact.
 */
export function splitByChange<T>(
  pages: readonly FingerprintedPage<T>[],
  previousPages: Readonly<Record<string, string>> | undefined,
): { changed: T[]; unchanged: FingerprintedPage<T>[] } {
  const changed: T[] = [];
  const unchanged: FingerprintedPage<T>[] = [];
  for (const fingerprinted of pages) {
    if (previousPages?.[fingerprinted.path] === fingerprinted.page) unchanged.push(fingerprinted);
    else changed.push(fingerprinted.item);
  }
  return { changed, unchanged };
}
