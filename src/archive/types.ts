import type { ArticleRecord } from "../ingest/schema.ts";

/** A country as pages link to it. */
export interface CountryRef {
  code: string;
  name: string;
  /** URL segment of `/countries/<slug>/`, unique in the archive. */
  slug: string;
}

/** What a list, a link or a feed needs to know about an article; one shared object per article. */
export interface ArticleSummary {
  id: string;
  slug: string;
  /** Site-relative page URL without the path prefix, e.g. `/articles/<slug>/`. */
  path: string;
  title: string;
  dek?: string;
  source?: string;
  /** ISO 8601 date or local date-time, as in the record. */
  published?: string;
  /** True when the parser inferred the date rather than reading it. */
  estimated: boolean;
  countries: CountryRef[];
}

/** A related-story link found in the source, resolved to the archived article when a title matches. */
export interface RelatedLink {
  title: string;
  date?: string;
  summary?: string;
  article?: ArticleSummary;
}

export type EntityKind = "person" | "organization";

/** A person or organisation as an article names it, under the name the whole archive knows it by. */
export interface EntityRef {
  kind: EntityKind;
  name: string;
  slug: string;
  /** Site-relative page URL, when enough articles name the entity to give it a page. */
  path?: string;
}

/** The page of a person or organisation named by several articles. */
export interface EntityView {
  kind: EntityKind;
  name: string;
  slug: string;
  path: string;
  /** Mentions across all its articles. */
  mentions: number;
  /** Newest first; undated articles last. */
  articles: ArticleSummary[];
  coverage: YearCount[];
}

/** One article page: the record plus everything derived from the rest of the archive. */
export interface ArchiveArticle {
  record: ArticleRecord;
  summary: ArticleSummary;
  /** The article published just before this one (dated articles), or the previous undated one. */
  previous?: ArticleSummary;
  next?: ArticleSummary;
  moreOnSameCountries: ArticleSummary[];
  related: RelatedLink[];
  people: EntityRef[];
  organizations: EntityRef[];
  /** Up to five archive articles most like this one in countries, people, organisations and words. */
  similar: ArticleSummary[];
}

export interface YearCount {
  year: number;
  count: number;
}

export interface CoMention {
  country: CountryRef;
  /** Articles that mention both countries. */
  count: number;
}

export interface CountryView extends CountryRef {
  /** Newest first; undated articles last. */
  articles: ArticleSummary[];
  /** Dated articles per year, every year from the first to the last, gaps as zero. */
  coverage: YearCount[];
  /** Countries most often mentioned in the same articles, most frequent first. */
  coMentioned: CoMention[];
}

export interface TimelineMonth {
  year: number;
  /** 1–12. */
  month: number;
  /** Oldest first. */
  articles: ArticleSummary[];
}

export interface TimelineYear {
  year: number;
  count: number;
  /** Only months with articles, January first. */
  months: TimelineMonth[];
}

export interface MonthCount {
  year: number;
  /** 1–12. */
  month: number;
  count: number;
}

export interface Timeline {
  /** Newest year first. */
  years: TimelineYear[];
  /** Articles per year, oldest first, gaps as zero. */
  coverage: YearCount[];
  /** Articles per month, oldest first, from the first dated month to the last, gaps as zero. */
  monthly: MonthCount[];
  undated: ArticleSummary[];
}

/** Everything the templates need, computed once from the records. */
export interface Archive {
  /** Newest first, undated last. */
  articles: ArchiveArticle[];
  /** Most articles first, then by name. */
  countries: CountryView[];
  /** People, then organisations, named by enough articles for a page; most articles first. */
  entities: EntityView[];
  timeline: Timeline;
  /** First and last publication dates, when any article is dated. */
  span?: { first: string; last: string };
}
