import type { SiteConfig } from "../../src/site/siteConfig.ts";

/** Prefixes a site-relative path (`/countries/`) with the configured path prefix (`/archive/countries/`). */
export function sitePath(site: SiteConfig, path: string): string {
  return site.pathPrefix + path.replace(/^\/+/, "");
}

/** The public, absolute URL of a site-relative path, for canonical links, feeds and the sitemap. */
export function absoluteUrl(site: SiteConfig, path: string): string {
  return site.siteUrl + sitePath(site, path);
}

export { countryPath, monthAnchor, yearPath } from "../../src/archive/paths.ts";
