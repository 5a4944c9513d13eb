import type { SiteData } from "./_includes/pageData.ts";
import { sitePath } from "./_includes/urls.ts";
import { appIcons, themeColors, webAppPaths } from "./_includes/webApp.ts";

export const data = { permalink: webAppPaths.manifest.slice(1) };

/** The web app manifest that makes the archive installable; every URL stays inside the path prefix. */
export function render({ site }: SiteData): string {
  const manifest = {
    id: site.pathPrefix,
    name: site.title,
    short_name: site.title,
    description: site.description,
    lang: site.language,
    start_url: site.pathPrefix,
    scope: site.pathPrefix,
    display: "standalone",
    background_color: themeColors.light.background,
    theme_color: themeColors.light.header,
    icons: appIcons.map((icon) => ({
      src: sitePath(site, icon.path),
      sizes: icon.sizes,
      type: icon.type,
      ...(icon.purpose && { purpose: icon.purpose }),
    })),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
