import { createHash } from "node:crypto";
import slugify from "@sindresorhus/slugify";

const maxSlugWords = 10;

export function hashBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The id depends only on where the file sits, so adding or editing other articles never changes it. */
export function articleId(sourcePath: string): string {
  return createHash("sha256").update(sourcePath).digest("hex").slice(0, 12);
}

/**
 * A readable slug from the headline plus the start of the id: two articles with one headline get distinct
 * slugs, and neither depends on which file was read first.
 */
export function articleSlug(title: string, id: string): string {
  const words = slugify(title, { decamelize: false }).split("-").slice(0, maxSlugWords).join("-");
  return words === "" ? id : `${words}-${id.slice(0, 6)}`;
}

export function articleUrl(slug: string): string {
  return `/articles/${slug}/`;
}
