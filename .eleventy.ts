import type { EleventyUserConfig } from "@11ty/eleventy";

/** Documented, and in Eleventy's UserConfig, but missing from its types. */
type GitIgnoreSetting = EleventyUserConfig & { setUseGitIgnore(enabled: boolean): void };

/**
 * Thin on purpose: the build (src/site) hands the Archive and site settings in as global data;
 * this only teaches Eleventy the typed templates and copies the static assets.
 */
export default function configureEleventy(eleventyConfig: EleventyUserConfig): void {
  // Compiled (scripts/compile.js), this file and the templates beside it are plain JavaScript, in a folder below
  // node_modules, which Eleventy would otherwise skip.
  if (import.meta.url.endsWith(".js")) {
    eleventyConfig.setTemplateFormats("11ty.js");
    eleventyConfig.ignores.delete("**/node_modules/**");
    (eleventyConfig as GitIgnoreSetting).setUseGitIgnore(false);
  } else {
    eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
    eleventyConfig.setTemplateFormats("11ty.ts");
  }
  eleventyConfig.addPassthroughCopy({ [`${eleventyConfig.directories.input}assets`]: "assets" });
  // Pages come from archive data, not collections; skipping them saves memory on large archives.
  eleventyConfig.addGlobalData("eleventyExcludeFromCollections", true);
}
