import { entityIndex } from "./_includes/entityIndex.ts";
import type { SiteData } from "./_includes/pageData.ts";

export const data = { permalink: "organizations/index.html" };

export function render({ archive, site }: SiteData): string {
  return entityIndex("organization", archive, site);
}
