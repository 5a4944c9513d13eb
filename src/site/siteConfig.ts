import { UserError } from "../cli/userError.ts";
import { defaultPermalink, permalinkProblem } from "../ingest/permalink.ts";
import type { ConfigFile } from "./configFile.ts";

/** Where the built site will live; templates read it for links, canonical URLs and feeds. */
export interface SiteConfig {
  /** Public origin (and optional path) of the host, without trailing slash. Default `http://localhost:8080`. */
  siteUrl: string;
  /** Path the archive is served under, with leading and trailing slash. Default `/`. */
  pathPrefix: string;
  /** Name shown in the header, titles and feeds. Default `News archive`. */
  title: string;
  /** What the site is, for search engines, link previews and feeds. Default `A searchable archive of news articles.` */
  description: string;
  /** BCP 47 tag of the pages' language (`<html lang>`, `og:locale`). Default `en`. */
  language: string;
  /** URL pattern of article pages, such as `/:year/:month/:slug/` (src/ingest/permalink.ts). Default `/articles/:slug/`. */
  permalink: string;
  /** The owner's folder of layouts, overriding the built-in ones file by file; absolute. Default: none. */
  layoutsDir?: string;
}

export interface SiteConfigInput {
  /** `--site-url`; falls back to `NEWSARCHIVE_SITE_URL`, then the default. */
  siteUrl?: string | undefined;
  /** `--path-prefix`; falls back to `NEWSARCHIVE_PATH_PREFIX`, then `/`. */
  pathPrefix?: string | undefined;
  /** Falls back to `NEWSARCHIVE_TITLE`, then `News archive`. */
  title?: string | undefined;
  /** The owner's config file (`readConfigFile`): below options and environment variables, above defaults. */
  file?: ConfigFile;
}

export const defaultSiteUrl = "http://localhost:8080";

function normalizeSiteUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError(`site URL "${raw}" is not a URL; give one like https://example.org`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UserError(`site URL "${raw}" must start with http:// or https://`);
  }
  if (url.search || url.hash) throw new UserError(`site URL "${raw}" must not have a query or fragment`);
  return url.href.replace(/\/+$/, "");
}

/** Accepts `archive`, `/archive` or `/archive/` and returns `/archive/`. */
export function normalizePathPrefix(raw: string): string {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, "");
  if (trimmed === "") return "/";
  if (
    !/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(trimmed) ||
    trimmed.split("/").some((s) => /^\.+$/.test(s))
  ) {
    throw new UserError(`path prefix "${raw}" may only hold letters, digits and . _ ~ - between slashes`);
  }
  return `/${trimmed}/`;
}

function checkedPermalink(pattern: string): string {
  const problem = permalinkProblem(pattern);
  if (problem !== undefined) throw new UserError(`permalink "${pattern}" ${problem}`);
  return pattern;
}

/** Resolves options, then environment variables, then the config file, then defaults, validating each. */
export function resolveSiteConfig(
  input: SiteConfigInput = {},
  env: NodeJS.ProcessEnv = process.env,
): SiteConfig {
  const file = input.file ?? {};
  return {
    siteUrl: normalizeSiteUrl(input.siteUrl ?? env.NEWSARCHIVE_SITE_URL ?? file.siteUrl ?? defaultSiteUrl),
    pathPrefix: normalizePathPrefix(
      input.pathPrefix ?? env.NEWSARCHIVE_PATH_PREFIX ?? file.pathPrefix ?? "/",
    ),
    title: input.title ?? env.NEWSARCHIVE_TITLE ?? file.title ?? "News archive",
    description: file.description ?? "A searchable archive of news articles.",
    language: file.language ?? "en",
    permalink: checkedPermalink(file.permalink ?? defaultPermalink),
    ...(file.layoutsDir !== undefined && { layoutsDir: file.layoutsDir }),
  };
}

/** A site built for the default URL links to the builder's own machine from every canonical link, feed and sitemap. */
export function siteUrlWarning(site: SiteConfig): string | undefined {
  if (site.siteUrl !== defaultSiteUrl) return undefined;
  return `warning: no site URL given (--site-url, or siteUrl in the config file): canonical links, feeds and the sitemap use ${defaultSiteUrl}`;
}
