import type { EntityMention } from "../schema.ts";
import type { EntityKind } from "./types.ts";
import { indexLongerForms } from "./variants.ts";

/** The entity lists of one record, as `findEntities` made them. */
export interface RecordEntities {
  people: readonly EntityMention[];
  organizations: readonly EntityMention[];
}

export interface FullName {
  name: string;
  slug: string;
}

/** For each kind, the slug of a short form → the full name it stands for across the archive. */
export interface ShortFormMaps {
  people: Map<string, FullName>;
  organizations: Map<string, FullName>;
}

interface ArchiveForm extends FullName {
  kind: EntityKind;
  words: string[];
  articles: number;
}

/** A short form joins a longer one named in at least this share of the articles that name any candidate. */
const dominantShare = 2 / 3;

function collectForms(kind: EntityKind, lists: readonly (readonly EntityMention[])[]): ArchiveForm[] {
  const bySlug = new Map<string, ArchiveForm>();
  for (const list of lists) {
    for (const { name, slug } of list) {
      const form = bySlug.get(slug) ?? { kind, name, slug, words: name.split(" "), articles: 0 };
      form.articles += 1;
      bySlug.set(slug, form);
    }
  }
  return [...bySlug.values()].sort((a, b) => b.words.length - a.words.length || a.slug.localeCompare(b.slug));
}

function mapKind(kind: EntityKind, lists: readonly (readonly EntityMention[])[]): Map<string, FullName> {
  const forms = collectForms(kind, lists);
  const longerFormsOf = indexLongerForms(forms);
  const rootOf = new Map<string, ArchiveForm>();
  // Longest first, so every longer candidate already knows its own root.
  for (const form of forms) {
    const articlesByRoot = new Map<ArchiveForm, number>();
    for (const candidate of longerFormsOf(form)) {
      const root = rootOf.get(candidate.slug) ?? candidate;
      articlesByRoot.set(root, (articlesByRoot.get(root) ?? 0) + candidate.articles);
    }
    const ranked = [...articlesByRoot].sort((a, b) => b[1] - a[1] || a[0].slug.localeCompare(b[0].slug));
    const total = ranked.reduce((sum, [, articles]) => sum + articles, 0);
    const [top] = ranked;
    if (top !== undefined && top[1] >= dominantShare * total) rootOf.set(form.slug, top[0]);
  }
  return new Map([...rootOf].map(([slug, root]) => [slug, { name: root.name, slug: root.slug }]));
}

/**
 * Maps short forms of names to the full name they stand for across the whole archive, so an article that only says
 * `Obama` joins the `barack-obama` page: the longer form whose first or last word matches (`Xi` → `Xi Jinping`), that
 * extends it (`William Brantley` → `William A. Brantley`), or whose end or acronym it is (`Department of Justice`,
 * `DOJ` → `US Department of Justice`). A short form that fits several full names joins none, unless one of them has
 * two in three of their articles.
 */
export function mapShortFormsToFullNames(records: readonly RecordEntities[]): ShortFormMaps {
  return {
    people: mapKind(
      "person",
      records.map((record) => record.people),
    ),
    organizations: mapKind(
      "organization",
      records.map((record) => record.organizations),
    ),
  };
}
