import { byYear, pageArticles } from "./pagedArticles.ts";
import { paginate } from "./pagination.ts";
import { countryPath, entityLetterPath } from "./paths.ts";
import type {
  CountryPage,
  CountryView,
  EntityKind,
  EntityLetter,
  EntityLetterPage,
  EntityPage,
  EntityView,
} from "./types.ts";

/** Every page of every country's articles, newest first, by year. */
export function countryPages(countries: readonly CountryView[]): CountryPage[] {
  return countries.flatMap((country) => {
    const { pages, jumps } = pageArticles(country.articles, countryPath(country), byYear);
    return pages.map((list) => ({ country, list, jumps }));
  });
}

/** Every page of every entity's articles; each carries the entity without its article list, so it stays small. */
export function entityPages(entities: readonly EntityView[]): EntityPage[] {
  return entities.flatMap(({ articles, ...rest }) => {
    const entity = { ...rest, articleCount: articles.length };
    const { pages, jumps } = pageArticles(articles, entity.path, byYear);
    return pages.map((list) => ({ entity, list, jumps }));
  });
}

/** `Émile` files under E; a name that starts with a digit or a sign under `other`. */
function initialOf(name: string): string {
  const first = name.normalize("NFD").replace(/\p{M}/gu, "").charAt(0).toLowerCase();
  return /^[a-z]$/.test(first) ? first : "other";
}

/** One collator for every comparison: `localeCompare` with options builds a new one per call, 70 times slower. */
const nameOrder = new Intl.Collator("en", { sensitivity: "base" });

const byName = (a: EntityView, b: EntityView): number =>
  nameOrder.compare(a.name, b.name) || a.slug.localeCompare(b.slug);

/** The letters of one kind's names, A first and `other` last, each with its entities by name. */
function lettersOf(kind: EntityKind, entities: readonly EntityView[]): [EntityLetter, EntityView[]][] {
  const byLetter = new Map<string, EntityView[]>();
  for (const entity of entities) {
    if (entity.kind !== kind) continue;
    const letter = initialOf(entity.name);
    const list = byLetter.get(letter);
    if (list) list.push(entity);
    else byLetter.set(letter, [entity]);
  }
  return [...byLetter]
    .sort(([a], [b]) => (a === "other" ? 1 : b === "other" ? -1 : a.localeCompare(b)))
    .map(([slug, list]) => [
      { slug, label: slug === "other" ? "Other" : slug.toUpperCase(), count: list.length },
      list.sort(byName),
    ]);
}

export interface EntityLetters {
  letters: Record<EntityKind, EntityLetter[]>;
  pages: EntityLetterPage[];
}

/** The people and organisation indexes split by initial, each letter paginated like any list. */
export function entityLetters(entities: readonly EntityView[]): EntityLetters {
  const letters: Record<EntityKind, EntityLetter[]> = { person: [], organization: [] };
  const pages: EntityLetterPage[] = [];
  for (const kind of ["person", "organization"] as const) {
    const named = lettersOf(kind, entities);
    letters[kind] = named.map(([letter]) => letter);
    for (const [letter, list] of named) {
      const chunks = paginate(list);
      let start = 1;
      chunks.forEach((chunk, index) => {
        pages.push({
          kind,
          letter,
          letters: letters[kind],
          paging: { base: entityLetterPath(kind, letter.slug), number: index + 1, count: chunks.length },
          entities: chunk,
          start,
        });
        start += chunk.length;
      });
    }
  }
  return { letters, pages };
}
