import type { ArticleRecord } from "../ingest/schema.ts";
import type { ArticleListPage, ListJump } from "./pagedArticles.ts";
import type { Paging } from "./pagination.ts";

export type { ArticleListPage, ListJump, ListSection } from "./pagedArticles.ts";
export type { Paging } from "./pagination.ts";

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

/** What a person's or organisation's pages show above their list: the view without its articles. */
export type EntityHeader = Omit<EntityView, "articles"> & { articleCount: number };

/** One page of a person's or organisation's articles; page 1 lives at the entity's own path. */
export interface EntityPage {
  entity: EntityHeader;
  list: ArticleListPage;
  /** Where each year's articles begin, for the jump links on every page. */
  jumps: ListJump[];
}

/** One page of the people or organisations whose name starts with one letter, by name. */
export interface EntityLetterPage {
  kind: EntityKind;
  letter: EntityLetter;
  /** Every letter of the kind, for the navigation between them. */
  letters: EntityLetter[];
  paging: Paging;
  entities: EntityView[];
  /** The 1-based position of the page's first name among the letter's names. */
  start: number;
}

export interface EntityLetter {
  /** URL segment: `a` … `z`, or `other` for names that start with a digit or a sign. */
  slug: string;
  /** `A` … `Z`, or `Other`. */
  label: string;
  count: number;
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

/** One page of a country's articles; page 1 lives at the country's own path. */
export interface CountryPage {
  country: CountryView;
  list: ArticleListPage;
  /** Where each year's articles begin, for the jump links on every page. */
  jumps: ListJump[];
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
  /** The page of the year where each month begins, for the timeline's month links. */
  jumps: ListJump[];
}

export interface MonthCount {
  year: number;
  /** 1–12. */
  month: number;
  count: number;
}

/** One page of a year's articles, by month, oldest first; page 1 lives at the year's own path. */
export interface YearPage {
  year: number;
  count: number;
  list: ArticleListPage;
  /** Where each month's articles begin. */
  jumps: ListJump[];
}

export interface UndatedPage {
  /** Undated articles in the archive. */
  count: number;
  list: ArticleListPage;
}

export interface Timeline {
  /** Newest year first. */
  years: TimelineYear[];
  /** Articles per year, oldest first, gaps as zero. */
  coverage: YearCount[];
  /** Articles per month, oldest first, from the first dated month to the last, gaps as zero. */
  monthly: MonthCount[];
  undated: ArticleSummary[];
  /** Every year's pages, newest year first. */
  yearPages: YearPage[];
  /** The undated articles' pages, by headline. */
  undatedPages: UndatedPage[];
}

/** Everything the templates need, computed once from the records. */
export interface Archive {
  /** Newest first, undated last. */
  articles: ArchiveArticle[];
  /** Most articles first, then by name. */
  countries: CountryView[];
  /** Every page of every country's articles. */
  countryPages: CountryPage[];
  /** People, then organisations, named by enough articles for a page; most articles first. */
  entities: EntityView[];
  /** Every page of every person's and organisation's articles. */
  entityPages: EntityPage[];
  /** The letters that people's and organisations' names start with, A first. */
  entityLetters: Record<EntityKind, EntityLetter[]>;
  entityLetterPages: EntityLetterPage[];
  timeline: Timeline;
  /** First and last publication dates, when any article is dated. */
  span?: { first: string; last: string };
}
