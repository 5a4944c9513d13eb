import { withFields } from "../ingest/encodedTexts.ts";
import { articlePath } from "../ingest/permalink.ts";
import type { ArticleRecord } from "../ingest/schema.ts";
import { countTerms, type TermCounts } from "../ingest/termCounts.ts";
import { articleDateParts } from "./articleDate.ts";
import { assignCountryRefs } from "./countryRefs.ts";
import { buildCountryViews, groupByCountry } from "./countryViews.ts";
import { indexEntities } from "./entityViews.ts";
import { type ArchiveEntry, compareNewestFirst } from "./entry.ts";
import { countryPages, entityLetters, entityPages } from "./listPages.ts";
import { moreOnSameCountries } from "./moreOnSameCountries.ts";
import { neighboursByDate } from "./neighbours.ts";
import { indexTitles, resolveRelated } from "./relatedLinks.ts";
import { similarArticles } from "./similarArticles.ts";
import { buildTimeline } from "./timeline.ts";
import type { Archive, ArchiveArticle, ArticleSummary, CountryRef } from "./types.ts";

function summarize(record: ArticleRecord, refs: ReadonlyMap<string, CountryRef>): ArticleSummary {
  return {
    id: record.id,
    slug: record.slug,
    path: record.url,
    title: record.title,
    ...(record.dek === undefined ? {} : { dek: record.dek }),
    ...(record.source === undefined ? {} : { source: record.source }),
    ...(record.published === undefined ? {} : { published: record.published }),
    estimated: record.published !== undefined && record.dateBasis === "inferred",
    countries: record.countries.flatMap((country) => refs.get(country.code) ?? []),
  };
}

function withUrl(permalink: string | undefined): (record: ArticleRecord) => ArticleRecord {
  return (record) => {
    const url = articlePath(record, permalink);
    return url === record.url ? record : withFields(record, { url });
  };
}

export interface BuildArchiveOptions {
  /** The site's permalink pattern for article pages (`src/ingest/permalink.ts`). Default: `/articles/:slug/`. */
  permalink?: string | undefined;
  /** Each record's word counts as ingest cached them; default: counted here. */
  termsOf?: (record: ArticleRecord) => TermCounts | undefined;
}

/**
 * Computes every view the site renders, once, from the records; nothing here is quadratic in the archive size.
 * Each record's `url` is its page under the site's permalink pattern, so records.json, feeds and links agree.
 */
export function buildArchive(records: readonly ArticleRecord[], options: BuildArchiveOptions = {}): Archive {
  return draftArchive(records, options).finish();
}

/** What the search index reads of an article (`src/site/articleFingerprints.ts`). */
export type SearchableArticle = Pick<ArchiveArticle, "record" | "summary" | "people" | "organizations">;

export interface ArchiveDraft {
  /** Every article, newest first, with what the search index reads of it. */
  searchable: readonly SearchableArticle[];
  /** The rest: related articles (the slowest step), neighbours and every list. */
  finish(): Archive;
}

/**
 * `buildArchive` in two steps: what the search index reads is known before related articles are ranked, so a
 * build can start indexing while the rest is computed.
 */
export function draftArchive(
  records: readonly ArticleRecord[],
  options: BuildArchiveOptions = {},
): ArchiveDraft {
  const refs = assignCountryRefs(records);
  const entries: ArchiveEntry[] = records.map(withUrl(options.permalink)).map((record) => ({
    record,
    summary: summarize(record, refs),
    ...(record.published === undefined ? {} : { date: articleDateParts(record.published) }),
  }));
  const newestFirst = [...entries].sort(compareNewestFirst);
  const people = indexEntities("person", newestFirst, (entry) => entry.record.people);
  const organizations = indexEntities("organization", newestFirst, (entry) => entry.record.organizations);
  const searchable = newestFirst.map((entry) => ({
    record: entry.record,
    summary: entry.summary,
    people: people.refsOf(entry),
    organizations: organizations.refsOf(entry),
  }));
  const finish = (): Archive => {
    const byCountry = groupByCountry(newestFirst);
    const neighbours = neighboursByDate(newestFirst);
    const more = moreOnSameCountries(newestFirst, byCountry);
    const byTitle = indexTitles(newestFirst.map((entry) => entry.summary));
    const similar = similarArticles(
      newestFirst,
      (entry) => [
        ...people.refsOf(entry).map((ref) => `person:${ref.slug}`),
        ...organizations.refsOf(entry).map((ref) => `organization:${ref.slug}`),
      ],
      (entry) => options.termsOf?.(entry.record) ?? countTerms(entry.record),
    );

    const entities = [...people.views, ...organizations.views];
    const countries = buildCountryViews(byCountry, refs);
    const letters = entityLetters(entities);

    const dated = newestFirst.filter((entry) => entry.record.published !== undefined);
    const newest = dated[0]?.record.published;
    const oldest = dated.at(-1)?.record.published;
    return {
      articles: newestFirst.map((entry, index) => ({
        record: entry.record,
        summary: entry.summary,
        ...neighbours.get(entry),
        moreOnSameCountries: more.get(entry) ?? [],
        related: resolveRelated(entry.record.related, entry.summary, byTitle),
        people: searchable[index]?.people ?? [],
        organizations: searchable[index]?.organizations ?? [],
        similar: similar.get(entry) ?? [],
      })),
      entities,
      entityPages: entityPages(entities),
      entityLetters: letters.letters,
      entityLetterPages: letters.pages,
      countries,
      countryPages: countryPages(countries),
      timeline: buildTimeline(newestFirst),
      ...(newest === undefined || oldest === undefined ? {} : { span: { first: oldest, last: newest } }),
    };
  };
  return { searchable, finish };
}
