/** A page this build may skip: its site path and the fingerprint of everything it shows. */
export interface FingerprintedPage<T> {
  item: T;
  path: string;
  page: string;
}

/**
 * Splits pages into those that must be rendered (new, or changed since the previous build) and those whose
 * previous files are still exact.
 */
export function splitByChange<T>(
  pages: readonly FingerprintedPage<T>[],
  previousPages: Readonly<Record<string, string>> | undefined,
): { changed: T[]; unchanged: T[] } {
  const changed: T[] = [];
  const unchanged: T[] = [];
  for (const { item, path, page } of pages) {
    (previousPages?.[path] === page ? unchanged : changed).push(item);
  }
  return { changed, unchanged };
}
