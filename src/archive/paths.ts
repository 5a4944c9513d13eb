import type { CountryRef, EntityKind } from "./types.ts";

/** Site paths (without the path prefix) of the archive's generated pages; templates and the build both ask here. */

const entityFolders: Record<EntityKind, string> = { person: "people", organization: "organizations" };

export const countryPath = (country: Pick<CountryRef, "slug">): string => `/countries/${country.slug}/`;

export const yearPath = (year: number): string => `/timeline/${year}/`;

/** The fragment id of a month's heading on its year's pages. */
export const monthAnchor = (month: number): string => `month-${String(month).padStart(2, "0")}`;

/** Years are digits, so this cannot meet a year's page. */
export const undatedPath = "/timeline/undated/";

export function entityIndexPath(kind: EntityKind): string {
  return `/${entityFolders[kind]}/`;
}

export function entityPath(kind: EntityKind, slug: string): string {
  return `${entityIndexPath(kind)}${slug}/`;
}

/**
 * The names under one initial. `by-letter/` keeps letters apart from entity slugs: an organisation called `X`
 * has the slug `x`, and `/organizations/x/` is its page.
 */
export function entityLetterPath(kind: EntityKind, letter: string): string {
  return `${entityIndexPath(kind)}by-letter/${letter}/`;
}
