import { appIcons, webAppPaths } from "./webApp.ts";

/** Stylesheets of every page, in order; print.css is added with `media="print"`. */
export const screenStylesheets = ["/assets/base.css", "/assets/lists.css", "/assets/article.css"] as const;
export const printStylesheet = "/assets/print.css";

/** The search page's own scripts; the version script sets Pagefind's cache tag, the filters' precede the search's. */
export const searchScripts = [
  webAppPaths.indexVersion,
  "/assets/search-filters.js",
  "/assets/search.js",
  "/assets/search-offline.js",
] as const;
/** The search page's module worker, which runs Pagefind off the page's main thread. */
export const searchEngineScript = "/assets/search-engine.js";

/**
 * Site-relative paths the service worker saves when it installs, so the home page (the app's start URL), the
 * search page and the offline page render without a network. The Pagefind bundle comes from the offline manifest.
 */
export const appShellPaths: readonly string[] = [
  "/",
  "/search/",
  webAppPaths.offlinePage,
  webAppPaths.manifest,
  webAppPaths.registration,
  ...screenStylesheets,
  printStylesheet,
  ...searchScripts.filter((path) => path !== webAppPaths.indexVersion),
  searchEngineScript,
  ...appIcons.map((icon) => icon.path),
];
