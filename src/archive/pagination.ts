/**
 * Rows per list page. A row of an article list (headline, date, source, countries, standfirst) is 0.4–0.8 KB of
 * HTML and about eight elements, so 100 rows keep a page near 80 KB and 1,000 elements: far under the 200 KB
 * budget, quick to lay out on a phone, and still few enough pages that a long list is a handful of clicks deep.
 */
export const rowsPerPage = 100;

/** Where one page sits in a paginated list. */
export interface Paging {
  /** Site path of the first page, e.g. `/countries/china/`; later pages live below it. */
  base: string;
  /** 1-based. */
  number: number;
  count: number;
}

/** Page 1 keeps the list's own URL, so no existing link breaks; page 2 is `<base>page/2/`. */
export function pagedPath(base: string, number: number): string {
  return number <= 1 ? base : `${base}page/${number}/`;
}

/** The site path of this page of a list. */
export function pagePath(paging: Paging): string {
  return pagedPath(paging.base, paging.number);
}

/** Splits a list into pages of `size`; an empty list is one empty page, so every list has its first page. */
export function paginate<T>(items: readonly T[], size = rowsPerPage): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}
