import type { EntityMention } from "../schema.ts";
import type { EntityKind } from "./types.ts";
import { indexLongerForms } from "./variants.ts";

/** The entity lists of one record, as `findEntities` made them, and the year it was published, if known. */
export interface RecordEntities {
  people: readonly EntityMention[];
  organizations: readonly EntityMention[];
  year?: number | undefined;
}

export interface FullName {
  name: string;
  slug: string;
}

/** Short forms of one kind and the full names they stand for across the archive. */
export interface ShortFormMap {
  /** The full name a short form stands for in an article of `year`; in an undated one, over all years. */
  get(slug: string, year?: number): FullName | undefined;
  /** The short forms that join a full name in some year. */
  keys(): IterableIterator<string>;
}

export interface ShortFormMaps {
  people: ShortFormMap;
  organizations: ShortFormMap;
}

interface ArchiveForm extends FullName {
  kind: EntityKind;
  words: string[];
  articles: number;
  /** Articles naming it, by year of publication. */
  byYear: Map<number, number>;
}

/** A short form joins a longer one named in at least this share of the articles that name any candidate. */
const dominantShare = 2 / 3;
/**
 * A short form in a dated article joins only full names named within this many years of it: the same surname a decade
 * apart is often another person (`Bush` in 2004 is not `George H. W. Bush`).
 */
const yearsApart = 2;

interface Lists {
  year: number | undefined;
  mentions: readonly EntityMention[];
}

function collectForms(kind: EntityKind, lists: readonly Lists[]): ArchiveForm[] {
  const bySlug = new Map<string, ArchiveForm>();
  for (const { year, mentions } of lists) {
    for (const { name, slug } of mentions) {
      const form = bySlug.get(slug) ?? {
        kind,
        name,
        slug,
        words: name.split(" "),
        articles: 0,
        byYear: new Map<number, number>(),
      };
      form.articles += 1;
      if (year !== undefined) form.byYear.set(year, (form.byYear.get(year) ?? 0) + 1);
      bySlug.set(slug, form);
    }
  }
  return [...bySlug.values()].sort((a, b) => b.words.length - a.words.length || a.slug.localeCompare(b.slug));
}

/** Articles naming a form within `yearsApart` of `year`, or in all, for an undated article. */
function articlesNear(form: ArchiveForm, year: number | undefined): number {
  if (year === undefined) return form.articles;
  let count = 0;
  for (const [formYear, articles] of form.byYear)
    if (Math.abs(formYear - year) <= yearsApart) count += articles;
  return count;
}

/** The root a short form joins in articles of `year`: the candidate named in two in three of their articles. */
function dominantRoot(
  candidates: readonly ArchiveForm[],
  rootOf: ReadonlyMap<string, ArchiveForm>,
  year: number | undefined,
): ArchiveForm | undefined {
  const articlesByRoot = new Map<ArchiveForm, number>();
  for (const candidate of candidates) {
    const articles = articlesNear(candidate, year);
    if (articles === 0) continue;
    const root = rootOf.get(candidate.slug) ?? candidate;
    articlesByRoot.set(root, (articlesByRoot.get(root) ?? 0) + articles);
  }
  const ranked = [...articlesByRoot].sort((a, b) => b[1] - a[1] || a[0].slug.localeCompare(b[0].slug));
  const total = ranked.reduce((sum, [, articles]) => sum + articles, 0);
  const [top] = ranked;
  return top !== undefined && top[1] >= dominantShare * total ? top[0] : undefined;
}

function mapKind(kind: EntityKind, lists: readonly Lists[]): ShortFormMap {
  const forms = collectForms(kind, lists);
  const longerFormsOf = indexLongerForms(forms);
  const rootOf = new Map<string, ArchiveForm>();
  const rootByYear = new Map<string, ArchiveForm>();
  // Longest first, so every longer candidate already knows its own root.
  for (const form of forms) {
    const candidates = longerFormsOf(form);
    if (candidates.length === 0) continue;
    const overall = dominantRoot(candidates, rootOf, undefined);
    if (overall !== undefined) rootOf.set(form.slug, overall);
    for (const year of form.byYear.keys()) {
      const root = dominantRoot(candidates, rootOf, year);
      if (root !== undefined) rootByYear.set(`${form.slug}@${year}`, root);
    }
  }
  const asFullName = (root: ArchiveForm | undefined) => root && { name: root.name, slug: root.slug };
  return {
    get: (slug, year) =>
      asFullName(year === undefined ? rootOf.get(slug) : rootByYear.get(`${slug}@${year}`)),
    keys: () =>
      new Set([...rootOf.keys(), ...[...rootByYear.keys()].map((key) => key.replace(/@\d+$/u, ""))]).keys(),
  };
}

/**
 * Maps short forms of names to the full name they stand for across the whole archive, so an article that only says
 * `Obama` joins the `barack-obama` page: the longer form whose first or last word matches (`Xi` → `Xi Jinping`), that
 * extends it (`William Brantley` → `William A. Brantley`), or whose end or acronym it is (`Department of Justice`,
 * `DOJ` → `US Department of Justice`). A short form that fits several full names joins none, unless one of them has
 * two in three of their articles; in a dated article, only full names named within two years of it count.
 */
export function mapShortFormsToFullNames(records: readonly RecordEntities[]): ShortFormMaps {
  return {
    people: mapKind(
      "person",
      records.map((record) => ({ year: record.year, mentions: record.people })),
    ),
    organizations: mapKind(
      "organization",
      records.map((record) => ({ year: record.year, mentions: record.organizations })),
    ),
  };
}
