import { z } from "zod";

/** The longest headline a reader can take in; longer is a paste error, or a paragraph taken for a headline. */
export const maxTitleLength = 300;

/** Where `published` came from, from most to least trustworthy. */
export const dateBasisSchema = z.enum(["front-matter", "text", "filename", "inferred", "none"]);

export const countryMentionSchema = z.object({
  /** ISO 3166-1 alpha-2 code, upper case. */
  code: z.string().regex(/^[A-Z]{2}$/),
  name: z.string().min(1),
  mentions: z.number().int().nonnegative(),
});

/** A person or organisation the article names, under the fullest form of its name. */
export const entityMentionSchema = z.object({
  name: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  mentions: z.number().int().positive(),
});

export const relatedStorySchema = z.object({
  title: z.string().min(1),
  date: z.string().optional(),
  summary: z.string().optional(),
});

/** ISO 8601 date (`2015-04-14`) or local date-time (`2014-06-06T02:55`, optional seconds and offset). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/, "is not an ISO 8601 date");

/**
 * The article record: the public contract of `newsarchive parse` (see ARCHITECTURE.md).
 * Fields may be added; none may be renamed.
 */
export const articleRecordSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  url: z.string().startsWith("/articles/"),
  /** One line: a headline with a line break is a paragraph taken for one. */
  title: z
    .string()
    .min(1)
    .max(maxTitleLength)
    .regex(/^[^\r\n\u2028\u2029]*$/u, "holds a line break"),
  dek: z.string().optional(),
  section: z.string().optional(),
  source: z.string().optional(),
  authors: z.array(z.string().min(1)),
  published: isoDateSchema.optional(),
  updated: isoDateSchema.optional(),
  dateBasis: dateBasisSchema,
  /** Place line that opened the body, e.g. `WASHINGTON`. */
  dateline: z.string().optional(),
  countries: z.array(countryMentionSchema),
  /** People named in the article, most mentioned first (ties: first appearance). */
  people: z.array(entityMentionSchema),
  /** Organisations named in the article, most mentioned first (ties: first appearance). */
  organizations: z.array(entityMentionSchema),
  related: z.array(relatedStorySchema),
  bodyHtml: z.string(),
  text: z.string(),
  wordCount: z.number().int().nonnegative(),
  sourcePath: z.string().min(1),
  contentHash: z.string().regex(/^[a-f0-9]{64}$/),
  /** Which parser read the file. */
  format: z.enum(["text", "markdown"]),
});

export type DateBasis = z.infer<typeof dateBasisSchema>;
export type CountryMention = z.infer<typeof countryMentionSchema>;
export type EntityMention = z.infer<typeof entityMentionSchema>;
export type RelatedStory = z.infer<typeof relatedStorySchema>;
export type ArticleRecord = z.infer<typeof articleRecordSchema>;
