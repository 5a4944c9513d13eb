export { type ArchiveDraft, buildArchive, draftArchive, type SearchableArticle } from "./buildArchive.ts";
export { slugifyCountryName } from "./countryRefs.ts";
export { normalizeTitle } from "./relatedLinks.ts";
export type * from "./types.ts";
