import { entityIndex } from "./_includes/entityIndex.ts";
import type { SiteData } from "./_includes/pageData.ts";

export const data = { permalink: "people/index.html" };

export function render({ archive, site }: SiteData): string {
  return entityIndex("person", archive, site);
}
