import { UserError } from "../cli/userError.ts";

/** Where the built site will live; templates read it for links, canonical URLs and feeds. */
export interface SiteConfig {
  /** Public origin (and optional path) of the host, without trailing slash. Default `http://localhost:8080`. */
  siteUrl: string;
  /** Path the archive is served under, with leading and trailing slash. Default `/`. */
  pathPrefix: string;
  /** Name shown in the header, titles and feeds. Default `News archive`. */
  title: string;
}

export interface SiteConfigInput {
  /** `--site-url`; falls back to `NEWSARCHIVE_SITE_URL`, then the default. */
  siteUrl?: string | undefined;
  /** `--path-prefix`; falls back to `NEWSARCHIVE_PATH_PREFIX`, then `/`. */
  pathPrefix?: string | undefined;
  /** Falls back to `NEWSARCHIVE_TITLE`, then `News archive`. */
  title?: string | undefined;
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

/** Resolves options, then environment variables, then defaults, validating each. */
export function resolveSiteConfig(
  input: SiteConfigInput = {},
  env: NodeJS.ProcessEnv = process.env,
): SiteConfig {
  return {
    siteUrl: normalizeSiteUrl(input.siteUrl ?? env.NEWSARCHIVE_SITE_URL ?? defaultSiteUrl),
    pathPrefix: normalizePathPrefix(input.pathPrefix ?? env.NEWSARCHIVE_PATH_PREFIX ?? "/"),
    title: input.title ?? env.NEWSARCHIVE_TITLE ?? "News archive",
  };
}
