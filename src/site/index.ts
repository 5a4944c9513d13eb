export { type BuildSiteOptions, type BuildSiteResult, buildSite, ContentProblemsError } from "./buildSite.ts";
export { type ConfigFile, readConfigFile } from "./configFile.ts";
export { checkOutputPath, OutputFolderError } from "./outputFolder.ts";
export { type BuildProgress, silentProgress, streamProgress } from "./progress.ts";
export { resolveSiteConfig, type SiteConfig, type SiteConfigInput, siteUrlWarning } from "./siteConfig.ts";
