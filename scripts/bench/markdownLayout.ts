import { isoDay, isoMinute } from "./dates.ts";
import type { ArticleDraft } from "./draftArticle.ts";
import type { Random } from "./random.ts";
import { curlyQuotes } from "./typography.ts";

/** A YAML single-quoted scalar, safe for any headline (colons, quotes, `#`). */
function quoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** `jane-doe`, as sites built on Hugo list authors. */
function authorSlug(name: string): string {
  return name.toLowerCase().replaceAll(" ", "-");
}

/** The date forms real front matter uses: Hugo's `2019-03-18 13:00:00 -0500`, a bare day, ISO with `Z`. */
function dateLine(random: Random, key: string, date: Date): string {
  const style = random.int(0, 3);
  if (style === 0) return `${key}: ${isoMinute(date)}:00 -0500`;
  if (style === 1) return `${key}: ${isoDay(date)}`;
  if (style === 2) return `${key}: ${isoDay(date)}T${isoMinute(date).slice(11)}:00Z`;
  return `${key}: '${isoDay(date)}'`;
}

function frontMatter(random: Random, draft: ArticleDraft, typeset: (text: string) => string): string[] {
  const lines = ["---", `title: ${quoted(typeset(draft.title))}`];
  lines.push(dateLine(random, random.chance(0.2) ? "published" : "date", draft.published));
  if (draft.updated !== undefined && random.chance(0.3))
    lines.push(dateLine(random, "updated", draft.updated));
  const bySlug = random.chance(0.5);
  lines.push("authors:", ...draft.authors.map((name) => `  - ${bySlug ? authorSlug(name) : quoted(name)}`));
  lines.push(`${random.chance(0.5) ? "dek" : "summary"}: ${quoted(typeset(draft.dek))}`);
  if (random.chance(0.3)) lines.push(`section: ${quoted(draft.section)}`);
  lines.push("---");
  return lines;
}

/** Wraps the first words of a paragraph in a link, as web copy links its sources. */
function withLink(paragraph: string, target: string): string {
  const words = paragraph.split(" ");
  return `[${words.slice(0, 3).join(" ")}](https://www.example.org/${target}) ${words.slice(3).join(" ")}`;
}

/**
 * Lays a draft out as Markdown with YAML front matter, with the Markdown a web article carries:
 * a subheading, a bullet list, a link, an italic lede.
 */
export function renderMarkdown(random: Random, draft: ArticleDraft, target: string): string {
  const curly = random.chance(0.4);
  const typeset = (text: string): string => (curly ? curlyQuotes(text) : text);
  const blocks = draft.paragraphs.map(typeset);
  const middle = Math.floor(blocks.length / 2);
  if (random.chance(0.25)) blocks[0] = `_${blocks[0]}_`;
  if (random.chance(0.25)) {
    const index = random.int(1, blocks.length - 1);
    blocks[index] = withLink(blocks[index] ?? "", target);
  }
  if (random.chance(0.2) && blocks.length > 3) {
    const sentences = (blocks[middle + 1] ?? "").split(/(?<=\.) (?=[A-Z"“])/);
    blocks[middle + 1] = sentences.map((sentence) => `- ${sentence}`).join("\n");
  }
  if (random.chance(0.3)) blocks.splice(middle, 0, `## ${draft.related[0]?.title ?? draft.title}`);
  return `${frontMatter(random, draft, typeset).join("\n")}\n\n${blocks.join("\n\n")}\n`;
}
