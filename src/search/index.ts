export { type IndexSiteOptions, type IndexSiteResult, indexSite, SearchIndexError } from "./indexSite.ts";
export { type OfflineManifest, writeOfflineManifest } from "./offlineManifest.ts";
export { type SearchQuery, type SearchResult, searchIndex } from "./searchIndex.ts";
