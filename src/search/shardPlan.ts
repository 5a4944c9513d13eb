import { createHash } from "node:crypto";

/** An article page as the search index sees it. */
export interface SearchablePage {
  /** Site-relative URL without the path prefix, e.g. `/articles/<slug>/`. */
  url: string;
  /** The page file, relative to the site folder. */
  file: string;
  /** ISO date or date-time; absent when undated. */
  published?: string | undefined;
  /** Changes whenever anything the index reads from the page changes. */
  fingerprint: string;
}

/** One Pagefind bundle holding a run of consecutive publication days (or undated articles). */
export interface SearchShard {
  /** Hash of the member pages and their fingerprints: equal ids mean identical bundles. */
  id: string;
  /** Oldest first; undated ones last, by URL. */
  pages: SearchablePage[];
  /** False for a shard of undated pages only, which sorts last in both date orders. */
  dated: boolean;
}

/**
 * Pages per shard, before the archive outgrows it. A first search fetches about one index chunk (some 25 KB) per
 * shard whatever its size, and re-indexing a shard after an addition costs about 3 ms a page: a thousand pages
 * keeps both in bounds (`npm run bench` measures them).
 */
export const baseShardPages = 1000;
/** Past this many shards the limit doubles, so the count stays bounded and browsers fetch a bounded set. */
const shardCountBeforeDoubling = 32;

/**
 * The shard size for an archive: doubles only when the archive doubles past a bound, so adding an article almost
 * never moves every boundary.
 */
export function shardPageLimit(pageCount: number, basePages = baseShardPages): number {
  const over = pageCount / (basePages * shardCountBeforeDoubling);
  return over <= 1 ? basePages : basePages * 2 ** Math.ceil(Math.log2(over));
}

/** `~` sorts after every digit, so undated pages come last. */
function dayOf(page: SearchablePage): string {
  return page.published?.slice(0, 10) ?? "~";
}

/** By code point, not locale: the order must not depend on the machine, and `~` must follow digits. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareByDate(a: SearchablePage, b: SearchablePage): number {
  return compareText(dayOf(a), dayOf(b)) || compareText(a.url, b.url);
}

/** Consecutive runs of `pages` (sorted by date) that share the first `length` characters of their date. */
function groupByDatePrefix(pages: readonly SearchablePage[], length: number): SearchablePage[][] {
  const groups: SearchablePage[][] = [];
  for (const page of pages) {
    const last = groups.at(-1);
    const first = last?.[0];
    if (last && first && dayOf(first).slice(0, length) === dayOf(page).slice(0, length)) last.push(page);
    else groups.push([page]);
  }
  return groups;
}

/** Years, or the months of a year too big for one shard, or the days of such a month: a day is never split. */
function calendarUnits(
  pages: readonly SearchablePage[],
  pageLimit: number,
  prefixes = [4, 7, 10],
): SearchablePage[][] {
  const [length, ...finer] = prefixes;
  if (length === undefined) return [[...pages]];
  return groupByDatePrefix(pages, length).flatMap((group) =>
    group.length > pageLimit && finer.length > 0 ? calendarUnits(group, pageLimit, finer) : [group],
  );
}

function shardOf(pages: SearchablePage[], dated: boolean): SearchShard {
  const hash = createHash("sha256");
  for (const page of pages) hash.update(page.url).update("\0").update(page.fingerprint).update("\n");
  return { id: hash.digest("hex").slice(0, 16), pages, dated };
}

/**
 * Splits the pages into shards of whole calendar units (years; months or days only where a year is too big), oldest
 * first, then the undated ones. Shards cover disjoint date ranges, so they can be ordered by date as wholes. Units
 * are packed into shards only up to the limit, so an addition usually changes one shard and leaves the others'
 * ids, and their bundles, as they were. An archive that fits in one shard (even an empty one) gets exactly one.
 */
export function planShards(pages: readonly SearchablePage[], pageLimit: number): SearchShard[] {
  // One index orders undated pages last by itself; only between shards do they need a shard of their own.
  if (pages.length <= pageLimit) return [shardOf([...pages].sort(compareByDate), true)];
  const dated = pages.filter((page) => page.published !== undefined).sort(compareByDate);
  const undated = pages.filter((page) => page.published === undefined).sort(compareByDate);
  const shards: SearchShard[] = [];
  let current: SearchablePage[] = [];
  for (const unit of calendarUnits(dated, pageLimit)) {
    if (current.length > 0 && current.length + unit.length > pageLimit) {
      shards.push(shardOf(current, true));
      current = [];
    }
    current.push(...unit);
  }
  if (current.length > 0) shards.push(shardOf(current, true));
  for (let start = 0; start < undated.length; start += pageLimit) {
    shards.push(shardOf(undated.slice(start, start + pageLimit), false));
  }
  return shards;
}
