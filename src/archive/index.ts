export { buildArchive } from "./buildArchive.ts";
export { slugifyCountryName } from "./countryRefs.ts";
export { normalizeTitle } from "./relatedLinks.ts";
export type * from "./types.ts";
