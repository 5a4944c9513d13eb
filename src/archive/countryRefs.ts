import type { ArticleRecord } from "../ingest/schema.ts";
import type { CountryRef } from "./types.ts";

/** Turns a country name into a URL segment: `Côte d'Ivoire` → `cote-d-ivoire`. */
export function slugifyCountryName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{Mark}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Gives every country code in the records one name (the first seen) and a unique slug.
 * Codes are visited in sorted order, so a slug clash always resolves the same way.
 */
export function assignCountryRefs(records: readonly ArticleRecord[]): Map<string, CountryRef> {
  const names = new Map<string, string>();
  for (const record of records) {
    for (const country of record.countries) {
      if (!names.has(country.code)) names.set(country.code, country.name);
    }
  }
  const refs = new Map<string, CountryRef>();
  const takenSlugs = new Set<string>();
  for (const code of [...names.keys()].sort()) {
    const name = names.get(code) ?? code;
    const base = slugifyCountryName(name) || code.toLowerCase();
    const slug = takenSlugs.has(base) ? `${base}-${code.toLowerCase()}` : base;
    takenSlugs.add(slug);
    refs.set(code, { code, name, slug });
  }
  return refs;
}
