export { type IndexSiteOptions, type IndexSiteResult, indexSite, SearchIndexError } from "./indexSite.ts";
