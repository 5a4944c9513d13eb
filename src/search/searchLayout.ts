import type { SearchShard } from "./shardPlan.ts";

/** Where one shard's Pagefind bundle is served, and how its scores are scaled when results are sorted by date. */
export interface ShardBundle {
  shardId: string;
  /** Site-relative folder without the path prefix: `/pagefind/` or `/pagefind/shards/<id>/`. */
  path: string;
  /** Pagefind `indexWeight` for "newest first". */
  newestWeight: number;
  /** Pagefind `indexWeight` for "oldest first". */
  oldestWeight: number;
}

/** The bundles a search page loads: the primary one (Pagefind's code and WebAssembly) merged with the rest. */
export interface SearchLayout {
  primary: ShardBundle;
  merged: ShardBundle[];
}

export const primaryBundlePath = "/pagefind/";

export function shardBundlePath(shardId: string): string {
  return `${primaryBundlePath}shards/${shardId}/`;
}

/**
 * When sorting, Pagefind scores a result by its rank among all pages of its own index, and merges indexes by
 * score alone: "newest first" scores run from (pages − 1) down to 0, "oldest first" from 0 down to −(pages − 1).
 * A sentinel page that sorts beyond every article (src/search/indexOneShard.ts) keeps every article's score off 0,
 * and since shards hold disjoint date ranges, weighting them by powers of (largest shard + 2) in date order puts
 * every result of one shard ahead of every result of the next. `ordered` runs from the shard shown first.
 */
function weightsInOrder(
  ordered: readonly SearchShard[],
  base: number,
  descending: boolean,
): Map<string, number> {
  const last = ordered.length - 1;
  return new Map(ordered.map((shard, rank) => [shard.id, base ** (descending ? last - rank : rank)]));
}

/** The newest dated shard is the primary: it is the one an addition usually changes. */
export function layoutSearch(shards: readonly SearchShard[]): SearchLayout {
  const dated = shards.filter((shard) => shard.dated);
  const undated = shards.filter((shard) => !shard.dated);
  const base = Math.max(0, ...shards.map((shard) => shard.pages.length)) + 2;
  // Undated articles come last both ways, as within one index.
  const newest = weightsInOrder([...dated].reverse().concat(undated), base, true);
  const oldest = weightsInOrder(dated.concat(undated), base, false);
  const primaryShard = dated.at(-1) ?? undated[0];
  if (primaryShard === undefined) throw new Error("a search layout needs at least one shard");
  const bundle = (shard: SearchShard): ShardBundle => ({
    shardId: shard.id,
    path: shard === primaryShard ? primaryBundlePath : shardBundlePath(shard.id),
    newestWeight: newest.get(shard.id) ?? 1,
    oldestWeight: oldest.get(shard.id) ?? 1,
  });
  return {
    primary: bundle(primaryShard),
    merged: shards.filter((shard) => shard !== primaryShard).map(bundle),
  };
}
