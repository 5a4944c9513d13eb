import type { SiteConfig } from "../../src/site/siteConfig.ts";
import { printStylesheet, screenStylesheets } from "./appShell.ts";
import { contentSecurityPolicy } from "./contentSecurityPolicy.ts";
import { html, type SafeHtml } from "./html.ts";
import { absoluteUrl, sitePath } from "./urls.ts";
import { webAppHead } from "./webApp.ts";

export type Section = "home" | "countries" | "people" | "organizations" | "timeline" | "search";

export interface ShellOptions {
  site: SiteConfig;
  /** Page title without the site name. */
  title: string;
  description?: string | undefined;
  /** Site-relative path of this page for the canonical link; none for the 404 page. */
  path?: string;
  /** Navigation entry marked as the current section. */
  section?: Section;
  /** OpenGraph type: `article` on article pages. Default `website`. */
  ogType?: "website" | "article";
  /** Absolute URL of the page's image for link previews. Default: the site's share image. */
  image?: string | undefined;
  /** Extra elements for `<head>`: article metadata, JSON-LD, styles. */
  head?: SafeHtml;
  main: SafeHtml;
  /** Scripts at the end of `<body>`; only search has any. */
  scripts?: SafeHtml;
  /** The search page has its own box, so the header's is left out there. Default true. */
  headerSearch?: boolean;
}

const navigation: { section: Section; label: string; path: string }[] = [
  { section: "home", label: "Latest", path: "/" },
  { section: "countries", label: "Countries", path: "/countries/" },
  { section: "people", label: "People", path: "/people/" },
  { section: "organizations", label: "Organizations", path: "/organizations/" },
  { section: "timeline", label: "Timeline", path: "/timeline/" },
  { section: "search", label: "Search", path: "/search/" },
];

/**
 * A plain GET form to the search page, which reads `q` and runs the search. The landmark is named by its label,
 * so two search forms on one page (header and home) stay distinct to a screen reader.
 */
export function searchForm(site: SiteConfig, id: string, label = "Search the archive"): SafeHtml {
  return html`<form class="search-form" role="search" aria-labelledby="${id}-label" action="${sitePath(site, "/search/")}" method="get">
  <label id="${id}-label" for="${id}">${label}</label>
  <span class="search-form-row"><input id="${id}" type="search" name="q" placeholder="Search articles" required><button type="submit">Search</button></span>
</form>`;
}

/** A page without its own section (a person's page) belongs to the section its path is in. */
function sectionOf(options: ShellOptions): Section | undefined {
  if (options.section !== undefined || options.path === undefined) return options.section;
  return navigation.find((item) => item.path !== "/" && options.path?.startsWith(item.path))?.section;
}

/** The image link previews show for pages without one of their own (drawn by scripts/makeShareImage.ts). */
export const shareImagePath = "/assets/share.png";

/** OpenGraph and Twitter card tags, which link previews in chats, social sites and feed readers read. */
function previewTags(options: ShellOptions): SafeHtml {
  const { site } = options;
  const image = options.image ?? absoluteUrl(site, shareImagePath);
  return html`<meta property="og:type" content="${options.ogType ?? "website"}">
<meta property="og:title" content="${options.title}">
<meta property="og:description" content="${options.description ?? site.description}">
${options.path !== undefined && html`<meta property="og:url" content="${absoluteUrl(site, options.path)}">`}
<meta property="og:image" content="${image}">
<meta property="og:site_name" content="${site.title}">
<meta name="twitter:card" content="summary_large_image">`;
}

/** The HTML document around every page: head, skip link, header navigation, main, footer. */
export function shell(options: ShellOptions): string {
  const { site } = options;
  const section = sectionOf(options);
  const fullTitle = options.section === "home" ? site.title : `${options.title} · ${site.title}`;
  return html`<!doctype html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${fullTitle}</title>
<meta name="description" content="${options.description ?? site.description}">
${options.path !== undefined && html`<link rel="canonical" href="${absoluteUrl(site, options.path)}">`}
${previewTags(options)}
${screenStylesheets.map((path) => html`<link rel="stylesheet" href="${sitePath(site, path)}">\n`)}
<link rel="stylesheet" href="${sitePath(site, printStylesheet)}" media="print">
<link rel="icon" href="${sitePath(site, "/assets/favicon.svg")}" type="image/svg+xml">
${webAppHead(site)}
<link rel="alternate" type="application/atom+xml" title="${site.title}" href="${sitePath(site, "/feed.xml")}">
<link rel="alternate" type="application/feed+json" title="${site.title}" href="${sitePath(site, "/feed.json")}">
${options.head}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="wrap site-header-inner">
    <a class="site-name" href="${sitePath(site, "/")}">${site.title}</a>
    <nav aria-label="Main">
      <ul>${navigation.map(
        (item) =>
          html`<li><a href="${sitePath(site, item.path)}"${item.section === section && html` aria-current="page"`}>${item.label}</a></li>`,
      )}</ul>
    </nav>
    ${options.headerSearch !== false && searchForm(site, "header-search")}
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
${options.main}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${site.title}: a static archive. Follow it by <a href="${sitePath(site, "/feed.xml")}">Atom feed</a> or <a href="${sitePath(site, "/feed.json")}">JSON Feed</a>; all records as <a href="${sitePath(site, "/records.json")}">JSON</a>.</p>
  </div>
</footer>
${options.scripts}
</body>
</html>
`.value;
}
