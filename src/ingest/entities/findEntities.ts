import slugify from "@sindresorhus/slugify";
import type { EntityMention } from "../schema.ts";
import { scanNameRuns } from "./candidates.ts";
import { classifyRun } from "./classifyRun.ts";
import { lowercaseUseIn } from "./lowercaseUse.ts";
import { type MergedEntity, mergeMentions } from "./mergeMentions.ts";
import { splitPassages } from "./passages.ts";
import type { Leftover, Mention } from "./types.ts";

export interface EntityText {
  title: string;
  dek?: string | undefined;
  /** Body paragraphs as plain text, page furniture removed. */
  paragraphs: readonly string[];
  /** The writers the text's byline names (`By Zhang Zhouxiang and Cao Yin`); front matter's authors are not text. */
  byline?: readonly string[] | undefined;
}

/** A byline's writer counts as a person named by the article when written as a full name. */
const fullName = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*)+$/u;

export interface ArticleEntities {
  people: EntityMention[];
  organizations: EntityMention[];
}

/** Most mentioned first, ties to the name that appeared first; names that slugify alike (`U.S.`, `US`) are one. */
function toMentions(entities: readonly MergedEntity[]): EntityMention[] {
  const bySlug = new Map<string, MergedEntity & { slug: string }>();
  for (const entity of entities) {
    const slug = slugify(entity.name, { decamelize: false });
    const same = bySlug.get(slug);
    if (same === undefined) bySlug.set(slug, { ...entity, slug });
    else
      bySlug.set(slug, {
        ...same,
        mentions: same.mentions + entity.mentions,
        firstOrder: Math.min(same.firstOrder, entity.firstOrder),
      });
  }
  return [...bySlug.values()]
    .sort((a, b) => b.mentions - a.mentions || a.firstOrder - b.firstOrder)
    .map(({ name, slug, mentions }) => ({ name, slug, mentions }));
}

/**
 * Finds the people and organisations an article names, each under its fullest name with its number of mentions.
 * Names are discovered in the dek and body; headlines and headings only add mentions of names found there.
 */
export function findEntities({ title, dek, paragraphs, byline = [] }: EntityText): ArticleEntities {
  const { headlines, body } = splitPassages(title, dek, paragraphs);
  const writtenInLowerCase = lowercaseUseIn(body.map((passage) => passage.text).join("\n"));
  const found: Mention[] = byline
    .filter((writer) => fullName.test(writer))
    .map((writer) => ({ kind: "person", words: writer.split(" "), order: title.length }));
  const leftovers: Leftover[] = [];
  for (const run of scanNameRuns(body)) {
    const verdict = classifyRun(run, writtenInLowerCase);
    found.push(...verdict.mentions);
    if (verdict.leftover !== undefined) leftovers.push(verdict.leftover);
  }
  const entities = mergeMentions(found, leftovers, headlines);
  const ofKind = (kind: MergedEntity["kind"]) =>
    toMentions(entities.filter((entity) => entity.kind === kind));
  return { people: ofKind("person"), organizations: ofKind("organization") };
}
