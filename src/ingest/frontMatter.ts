import slugify from "@sindresorhus/slugify";
import matter from "gray-matter";
import yaml from "js-yaml";
import { z } from "zod";
import { ArticleError } from "./errors.ts";
import { findOversizedField } from "./frontMatterSize.ts";
import { maxTitleLength } from "./schema.ts";
import { withoutUnwantedCharacters } from "./unwantedCharacters.ts";

export interface FrontMatterSplit {
  /** The front matter as given, before validation; empty when the file has none. */
  data: Record<string, unknown>;
  /** Everything after the closing `---`. */
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyStartLine: number;
  /** The raw YAML text, to find the line of a bad field. */
  yamlText: string;
}

/**
 * YAML's timestamp type rolls impossible dates over (`2015-13-45` becomes 2016-02-14), so dates are kept as
 * strings (CORE_SCHEMA) and validated by the date parser instead.
 */
const matterOptions = {
  // `json: true` lets a repeated key override the earlier one, as most YAML readers do, instead of failing.
  engines: {
    yaml: (text: string) => (yaml.load(text, { schema: yaml.CORE_SCHEMA, json: true }) ?? {}) as object,
  },
};

/** Splits YAML front matter off the top of a file; a file without `---` on its first line has none. */
export function splitFrontMatter(text: string, sourcePath: string): FrontMatterSplit {
  if (!/^---[ \t]*\n/.test(text)) return { data: {}, body: text, bodyStartLine: 1, yamlText: "" };
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, matterOptions);
  } catch (error) {
    throw yamlError(error, sourcePath);
  }
  if (typeof parsed.data !== "object" || parsed.data === null || Array.isArray(parsed.data)) {
    throw new ArticleError("yaml", sourcePath, "front matter must be a list of `field: value` lines", 2);
  }
  const yamlText = parsed.matter.replace(/^\n/, "");
  const oversize = findOversizedField(parsed.data);
  if (oversize !== undefined) {
    const { code, field, problem } = oversize;
    throw new ArticleError(code, sourcePath, `${field}: ${problem}`, lineOfField(yamlText, field));
  }
  const bodyStartLine = text.slice(0, text.length - parsed.content.length).split("\n").length;
  // A copy, because gray-matter caches parsed files and shares `data` between equal inputs.
  return { data: withoutUnwantedCharacters(parsed.data), body: parsed.content, bodyStartLine, yamlText };
}

function yamlError(error: unknown, sourcePath: string): ArticleError {
  if (error instanceof yaml.YAMLException) {
    const line = error.mark ? error.mark.line + 2 : 1;
    return new ArticleError("yaml", sourcePath, `front matter is not valid YAML: ${error.reason}`, line);
  }
  throw error;
}

const text = z.union([z.string(), z.number()]).transform((value) => String(value).trim());
const textList = z
  .union([text, z.array(text)])
  .transform((value) => (Array.isArray(value) ? value : [value]));

/** The front matter fields newsarchive reads; any others are kept out of the record and ignored. */
export const frontMatterSchema = z.looseObject({
  id: text
    .pipe(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens"))
    .optional(),
  slug: text
    .transform((slug) => slugify(slug))
    .pipe(z.string().min(1, "has no letters or digits"))
    .optional(),
  title: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(maxTitleLength, `is longer than ${maxTitleLength} characters: a headline, not a paragraph`)
    .optional(),
  dek: z.string().trim().optional(),
  summary: z.string().trim().optional(),
  description: z.string().trim().optional(),
  section: z.string().trim().optional(),
  source: z.string().trim().optional(),
  authors: textList.optional(),
  author: textList.optional(),
  published: text.optional(),
  date: text.optional(),
  updated: text.optional(),
  lastmod: text.optional(),
  countries: textList.optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Validates front matter types, reporting the first bad field at its line. */
export function validateFrontMatter(split: FrontMatterSplit, sourcePath: string): FrontMatter {
  // An empty field (`source:`) is YAML null: the same as leaving the field out.
  const present = Object.fromEntries(Object.entries(split.data).filter(([, value]) => value !== null));
  const result = frontMatterSchema.safeParse(present);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = String(issue?.path[0] ?? "front matter");
  const given = shorten(JSON.stringify(split.data[field]) ?? "");
  throw new ArticleError(
    "front-matter",
    sourcePath,
    `${field}: ${given} ${describeIssue(issue)}`,
    lineOfField(split.yamlText, field),
  );
}

/** A 2,000-character value would drown the one line that names the problem. */
function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (issue?.code === "invalid_type") return `has the wrong type (expected ${issue.expected})`;
  return issue?.message ?? "is not valid";
}

/** The file line of `field:` in the front matter (line 1 is the opening `---`). */
export function lineOfField(yamlText: string, field: string): number {
  const index = yamlText.split("\n").findIndex((line) => line.startsWith(`${field}:`));
  return index === -1 ? 1 : index + 2;
}
