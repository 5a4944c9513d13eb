import type { SiteConfig } from "../../src/site/siteConfig.ts";
import { html, type SafeHtml } from "./html.ts";
import { sitePath } from "./urls.ts";

/** Site-relative paths of what makes the archive an installable, offline web app. */
export const webAppPaths = {
  manifest: "/manifest.webmanifest",
  serviceWorker: "/sw.js",
  registration: "/assets/register-service-worker.js",
  offlinePage: "/offline/",
  /** Written after indexing by src/search/offlineManifest.ts. */
  indexVersion: "/offline-index-version.js",
} as const;

/** The header's surface colour and the page background of base.css, light and dark. */
export const themeColors = {
  light: { header: "#f2f1ec", background: "#fdfdfb" },
  dark: { header: "#23252a", background: "#16171a" },
} as const;

export interface AppIcon {
  path: string;
  sizes: string;
  type: string;
  purpose?: "maskable";
}

/** The PNGs are renders of favicon.svg; the maskable one fills the square so launchers can crop it. */
export const appIcons: readonly AppIcon[] = [
  { path: "/assets/favicon.svg", sizes: "any", type: "image/svg+xml" },
  { path: "/assets/icon-192.png", sizes: "192x192", type: "image/png" },
  { path: "/assets/icon-512.png", sizes: "512x512", type: "image/png" },
  { path: "/assets/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
];

/** `<head>` elements of every page: the manifest, theme colours, touch icon and the service worker's registration. */
export function webAppHead(site: SiteConfig): SafeHtml {
  return html`<link rel="manifest" href="${sitePath(site, webAppPaths.manifest)}">
<meta name="theme-color" content="${themeColors.light.header}" media="(prefers-color-scheme: light)">
<meta name="theme-color" content="${themeColors.dark.header}" media="(prefers-color-scheme: dark)">
<link rel="apple-touch-icon" href="${sitePath(site, "/assets/icon-192.png")}">
<script src="${sitePath(site, webAppPaths.registration)}" data-service-worker="${sitePath(site, webAppPaths.serviceWorker)}" data-scope="${site.pathPrefix}" defer></script>`;
}
