import type { EleventyUserConfig } from "@11ty/eleventy";

/**
 * Thin on purpose: the build (src/site) hands the Archive and site settings in as global data;
 * this only teaches Eleventy the typed templates and copies the static assets.
 */
export default function configureEleventy(eleventyConfig: EleventyUserConfig): void {
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.setTemplateFormats("11ty.ts");
  eleventyConfig.addPassthroughCopy({ [`${eleventyConfig.directories.input}assets`]: "assets" });
  // Pages come from archive data, not collections; skipping them saves memory on large archives.
  eleventyConfig.addGlobalData("eleventyExcludeFromCollections", true);
}
