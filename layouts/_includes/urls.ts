import type { CountryRef } from "../../src/archive/index.ts";
import type { SiteConfig } from "../../src/site/siteConfig.ts";

/** Prefixes a site-relative path (`/countries/`) with the configured path prefix (`/archive/countries/`). */
export function sitePath(site: SiteConfig, path: string): string {
  return site.pathPrefix + path.replace(/^\/+/, "");
}

/** The public, absolute URL of a site-relative path, for canonical links, feeds and the sitemap. */
export function absoluteUrl(site: SiteConfig, path: string): string {
  return site.siteUrl + sitePath(site, path);
}

export const countryPath = (country: Pick<CountryRef, "slug">): string => `/countries/${country.slug}/`;

export const yearPath = (year: number): string => `/timeline/${year}/`;

export const monthAnchor = (month: number): string => `month-${String(month).padStart(2, "0")}`;
