import type { Country } from "world-countries";
import data from "world-countries";

/**
 * world-countries' types declare an ES default export, but Node loads its CommonJS entry, whose default import
 * is the array itself.
 */
export const worldCountries = data as unknown as Country[];
