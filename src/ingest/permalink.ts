import type { ArticleRecord } from "./schema.ts";

/** Where article pages live unless the owner says otherwise; the URLs every earlier build published. */
export const defaultPermalink = "/articles/:slug/";

const tokens = new Set([":year", ":month", ":day", ":slug", ":id"]);
const literal = /^[A-Za-z0-9._~-]+$/;
/** The site's own top-level folders and files' names, which an article's URL must not begin with. */
const siteFolders = new Set([
  "assets",
  "countries",
  "offline",
  "organizations",
  "pagefind",
  "people",
  "search",
  "timeline",
]);
/** Segments that name the day; an undated article has no day, so they are left out of its URL. */
const dayTokens = new Set([":month", ":day"]);

/**
 * Why a permalink pattern cannot be used, or undefined when it can: segments between slashes are literal text or
 * one of `:year`, `:month`, `:day`, `:slug`, `:id`, and `:slug` or `:id` makes each article's URL its own.
 */
export function permalinkProblem(pattern: string): string | undefined {
  if (!pattern.startsWith("/") || !pattern.endsWith("/")) return "must start and end with /";
  const segments = pattern.slice(1, -1).split("/");
  const bad = segments.find(
    (segment) => !tokens.has(segment) && !(literal.test(segment) && !/^\.+$/.test(segment)),
  );
  if (bad !== undefined) return `"${bad}" is neither text nor one of :year, :month, :day, :slug, :id`;
  if (!segments.includes(":slug") && !segments.includes(":id")) return "must hold :slug or :id";
  const [first = ""] = segments;
  // An article slugged `search` at `/:slug/` would replace the search page.
  if (first === ":slug" || first === ":id") return "must begin with text or :year, such as /news/:slug/";
  if (siteFolders.has(first)) return `must not begin with /${first}/, where the site's own pages are`;
  return undefined;
}

/**
 * The site-relative URL of an article's page under a valid pattern: `/:year/:month/:slug/` gives
 * `/2014/03/cache-me-if-you-can/`. The date is the day as written in the record; an undated article's year is
 * `undated` and its month and day are left out (`/undated/cache-me-if-you-can/`).
 */
export function articlePath(
  record: Pick<ArticleRecord, "slug" | "id" | "published">,
  pattern: string = defaultPermalink,
): string {
  const [year, month, day] = record.published?.slice(0, 10).split("-") ?? [];
  const values: Record<string, string | undefined> = {
    ":year": year ?? "undated",
    ":month": month,
    ":day": day,
    ":slug": record.slug,
    ":id": record.id,
  };
  const segments = pattern
    .slice(1, -1)
    .split("/")
    .filter((segment) => !(record.published === undefined && dayTokens.has(segment)))
    .map((segment) => (tokens.has(segment) ? (values[segment] ?? segment) : segment));
  return `/${segments.join("/")}/`;
}
