import { type FullName, mapShortFormsToFullNames } from "../ingest/entities/shortForms.ts";
import type { EntityMention } from "../ingest/schema.ts";
import { coverageByYear } from "./coverage.ts";
import { deservesPage, onlyFirstWords } from "./entityQuality.ts";
import type { ArchiveEntry } from "./entry.ts";
import { entityPath } from "./paths.ts";
import type { EntityKind, EntityRef, EntityView } from "./types.ts";

/**
 * An entity gets a page once this many articles name it and its name passes the quality bar (`deservesPage`); one
 * article's names stay on that article.
 */
export const minArticlesForPage = 2;

interface Gathered {
  name: string;
  slug: string;
  mentions: number;
  entries: ArchiveEntry[];
}

export interface EntityIndex {
  views: EntityView[];
  /** The archive-wide entities an article names, most mentioned first. */
  refsOf(entry: ArchiveEntry): EntityRef[];
}

/**
 * Joins the variants of a name across the archive (`Obama` in one article, `Barack Obama` in another) under the
 * full name, and gives every entity named by enough articles a view: its articles newest first and its coverage.
 */
export function indexEntities(
  kind: EntityKind,
  newestFirst: readonly ArchiveEntry[],
  mentionsOf: (entry: ArchiveEntry) => readonly EntityMention[],
): EntityIndex {
  const fullNames =
    kind === "person"
      ? mapShortFormsToFullNames(
          newestFirst.map((entry) => ({
            people: mentionsOf(entry),
            organizations: [],
            year: entry.date?.year,
          })),
        ).people
      : mapShortFormsToFullNames(
          newestFirst.map((entry) => ({
            people: [],
            organizations: mentionsOf(entry),
            year: entry.date?.year,
          })),
        ).organizations;
  const canonical = (mention: EntityMention, year: number | undefined): FullName =>
    fullNames.get(mention.slug, year) ?? mention;
  const bySlug = new Map<string, Gathered>();
  const refsByEntry = new Map<ArchiveEntry, { slug: string; name: string; mentions: number }[]>();
  for (const entry of newestFirst) {
    const mine = new Map<string, { slug: string; name: string; mentions: number }>();
    for (const mention of mentionsOf(entry)) {
      const { name, slug } = canonical(mention, entry.date?.year);
      const ref = mine.get(slug) ?? { slug, name, mentions: 0 };
      ref.mentions += mention.mentions;
      mine.set(slug, ref);
    }
    for (const ref of mine.values()) {
      const gathered = bySlug.get(ref.slug) ?? { name: ref.name, slug: ref.slug, mentions: 0, entries: [] };
      gathered.mentions += ref.mentions;
      gathered.entries.push(entry);
      bySlug.set(ref.slug, gathered);
    }
    refsByEntry.set(
      entry,
      [...mine.values()].sort((a, b) => b.mentions - a.mentions),
    );
  }
  const firstNames = onlyFirstWords([...bySlug.values()].map((entity) => entity.name));
  const withPage = [...bySlug.values()].filter(
    (entity) => entity.entries.length >= minArticlesForPage && deservesPage(kind, entity.name, firstNames),
  );
  const views = withPage
    .map(
      (entity): EntityView => ({
        kind,
        name: entity.name,
        slug: entity.slug,
        path: entityPath(kind, entity.slug),
        mentions: entity.mentions,
        articles: entity.entries.map((entry) => entry.summary),
        coverage: coverageByYear(entity.entries),
      }),
    )
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, "en"));
  const paged = new Set(withPage.map((entity) => entity.slug));
  return {
    views,
    refsOf: (entry) =>
      (refsByEntry.get(entry) ?? []).map(({ name, slug }) => ({
        kind,
        name,
        slug,
        ...(paged.has(slug) ? { path: entityPath(kind, slug) } : {}),
      })),
  };
}
