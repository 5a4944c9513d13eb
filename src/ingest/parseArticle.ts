import { countWords } from "./body.ts";
import { chooseTitle } from "./chooseTitle.ts";
import { authorName } from "./cleanText/authorName.ts";
import { decodeEntities } from "./cleanText/decodeEntities.ts";
import { findCountries } from "./countries/findCountries.ts";
import { countryName } from "./countries/gazetteer.ts";
import { isAfterDay, parseDateText } from "./dates.ts";
import { decodeArticleBytes } from "./decode.ts";
import type { ArticleDraft } from "./draft.ts";
import { findEntities } from "./entities/findEntities.ts";
import { ArticleError } from "./errors.ts";
import { readFileName } from "./fileName.ts";
import {
  type FrontMatter,
  type FrontMatterSplit,
  lineOfField,
  splitFrontMatter,
  validateFrontMatter,
} from "./frontMatter.ts";
import { articleId, articleSlug, articleUrl, hashBytes } from "./identity.ts";
import { readMarkdownArticle } from "./readMarkdownArticle.ts";
import { readRawArticle } from "./readRawArticle.ts";
import { type ArticleRecord, articleRecordSchema, type CountryMention, type DateBasis } from "./schema.ts";
import { withoutUnwantedCharacters } from "./unwantedCharacters.ts";

export interface ParseArticleInput {
  bytes: Uint8Array;
  /** The file's path relative to the content folder, with `/` separators. */
  sourcePath: string;
  /**
   * The day the article is read on (`YYYY-MM-DD`, UTC): a front matter date after it is refused, and a date in
   * the text after it is taken for a misreading. Given, never read from the clock, so a parse can be cached.
   */
  today: string;
}

export interface ParsedArticle {
  record: ArticleRecord;
  /** The day from which the same bytes parse differently: a date in the text it dropped is no longer future. */
  expires?: string;
}

/** Parses one article file into a validated record; throws ArticleError for anything the user must fix. */
export function parseArticle(input: ParseArticleInput): ArticleRecord {
  return parseArticleWithExpiry(input).record;
}

/** `parseArticle`, telling also until when its record holds (for a cache). */
export function parseArticleWithExpiry({ bytes, sourcePath, today }: ParseArticleInput): ParsedArticle {
  const text = decodeArticleBytes(bytes, sourcePath);
  const split = splitFrontMatter(text, sourcePath);
  const front = validateFrontMatter(split, sourcePath);
  const format = /\.(?:md|markdown)$/i.test(sourcePath) ? "markdown" : "text";
  const fileName = readFileName(sourcePath);
  const draft =
    format === "markdown"
      ? readMarkdownArticle(split.body, { sourcePath, firstLine: split.bodyStartLine })
      : readRawArticle(split.body, fileName.title);
  const headline = chooseTitle(front, draft, fileName.title, sourcePath);
  // A decoded reference may be a line break (`&#10;`); a headline stays one line.
  const title = decodeEntities(headline).replace(/\s+/gu, " ").trim();
  const id = front.id ?? articleId(sourcePath);
  // From the headline as written, so the URLs of articles published before references were decoded stay.
  const slug = front.slug ?? articleSlug(headline, id);
  const { expires, ...dates } = chooseDates(
    { front, split, draft, fromFileName: fileName.published, today },
    sourcePath,
  );
  const dek = optionalText(front.dek ?? front.summary ?? front.description ?? draft.dek);
  const record = {
    id,
    slug,
    url: articleUrl(slug),
    title,
    dek,
    section: optionalText(front.section ?? draft.section),
    source: optionalText(front.source ?? draft.source),
    authors: (front.authors ?? front.author ?? draft.authors).map((author) =>
      authorName(decodeEntities(author)),
    ),
    ...dates,
    dateline: draft.dateline,
    countries: chooseCountries(front, split, { ...draft, title }, sourcePath),
    ...findEntities({ title, dek, paragraphs: draft.paragraphs, byline: draft.authors }),
    related: draft.related,
    bodyHtml: draft.bodyHtml,
    text: draft.text,
    wordCount: countWords(draft.text),
    sourcePath,
    contentHash: hashBytes(bytes),
    format,
  };
  // Whatever a field came from (a YAML escape, a character reference), every output is then well-formed XML.
  const result = articleRecordSchema.safeParse(withoutUnwantedCharacters(withoutUndefined(record)));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ArticleError("invalid-record", sourcePath, `${issue?.path.join(".")}: ${issue?.message}`);
  }
  return expires === undefined ? { record: result.data } : { record: result.data, expires };
}

interface ChosenDates {
  published?: string;
  updated?: string;
  dateBasis: DateBasis;
  /** See `ParsedArticle.expires`. */
  expires?: string;
}

interface DateSources {
  front: FrontMatter;
  split: FrontMatterSplit;
  draft: ArticleDraft;
  fromFileName: string | undefined;
  today: string;
}

/** Front matter wins over the text, and the text over the file name. */
function chooseDates(
  { front, split, draft, fromFileName, today }: DateSources,
  sourcePath: string,
): ChosenDates {
  const readDate = (field: DateField) => readFrontMatterDate({ front, split, field, today }, sourcePath);
  const frontPublished = readDate(front.published === undefined ? "date" : "published");
  const updated = readDate(front.updated === undefined ? "lastmod" : "updated") ?? draft.updated;
  const withUpdated = updated === undefined ? {} : { updated };
  if (frontPublished !== undefined)
    return { published: frontPublished, ...withUpdated, dateBasis: "front-matter" };
  if (draft.published !== undefined && !isAfterDay(draft.published, today))
    return { published: draft.published, ...withUpdated, dateBasis: "text" };
  // A date in the text that lies in the future was misread: better no date than a wrong one, until that day.
  const expiry = draft.published === undefined ? {} : { expires: draft.published.slice(0, 10) };
  if (fromFileName !== undefined)
    return { published: fromFileName, ...withUpdated, dateBasis: "filename", ...expiry };
  return { ...withUpdated, dateBasis: "none", ...expiry };
}

type DateField = "published" | "date" | "updated" | "lastmod";

function readFrontMatterDate(
  {
    front,
    split,
    field,
    today,
  }: { front: FrontMatter; split: FrontMatterSplit; field: DateField; today: string },
  sourcePath: string,
): string | undefined {
  const value = front[field];
  if (value === undefined) return undefined;
  const iso = parseDateText(value);
  const problem =
    iso === undefined
      ? "is not a date (write it as 2015-04-14 or 2015-04-14T09:30)"
      : isAfterDay(iso, today)
        ? "is in the future"
        : undefined;
  if (problem !== undefined || iso === undefined) {
    throw new ArticleError(
      "front-matter",
      sourcePath,
      `${field}: ${JSON.stringify(value)} ${problem}`,
      lineOfField(split.yamlText, field),
    );
  }
  return iso;
}

/** Front matter `countries` (ISO codes) replaces detection; mentions are still counted from the text. */
function chooseCountries(
  front: FrontMatter,
  split: FrontMatterSplit,
  draft: ArticleDraft & { title: string },
  sourcePath: string,
): CountryMention[] {
  const found = findCountries(draft);
  if (front.countries === undefined) return found;
  return front.countries.map((given) => {
    const code = given.toUpperCase();
    const name = countryName(code);
    if (name === undefined) {
      throw new ArticleError(
        "front-matter",
        sourcePath,
        `countries: ${JSON.stringify(given)} is not an ISO 3166-1 alpha-2 country code (such as CN or DE)`,
        lineOfField(split.yamlText, "countries"),
      );
    }
    return { code, name, mentions: found.find((country) => country.code === code)?.mentions ?? 0 };
  });
}

/** Front matter is copied from web pages as often as the text: its character references are decoded too. */
function optionalText(value: string | undefined): string | undefined {
  return value === undefined ? undefined : decodeEntities(value);
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
