export {
  type IndexShardsOptions,
  type IndexShardsResult,
  indexShards,
  isOutsidePrimaryBundle,
  readSearchLayout,
  SearchIndexError,
} from "./indexShards.ts";
export { type OfflineManifest, readOfflineManifest, writeOfflineManifest } from "./offlineManifest.ts";
export { type SearchQuery, type SearchResult, searchIndex } from "./searchIndex.ts";
export { layoutSearch, type SearchLayout, type ShardBundle } from "./searchLayout.ts";
export { planShards, type SearchablePage, type SearchShard, shardPageLimit } from "./shardPlan.ts";
