const countFormat = new Intl.NumberFormat("en-GB");

/** `10001` → `10,001`: a count readers can take in at a glance. Years and coordinates are not counts. */
export function formatCount(count: number): string {
  return countFormat.format(count);
}

/** `1 article`, `10,001 articles`. */
export function countOf(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
