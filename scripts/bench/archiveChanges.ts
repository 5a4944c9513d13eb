import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateArticle } from "./generateCorpus.ts";
import { recordsOf } from "./recordsJsonStream.ts";

/** The fields of a built site's `records.json` that the changes below read. */
interface BuiltRecord {
  sourcePath: string;
  format: "text" | "markdown";
  published?: string;
}

/** The fields the changes read, record by record, so that a large archive's file is never held whole. */
export async function readBuiltRecords(siteDir: string): Promise<BuiltRecord[]> {
  const records: BuiltRecord[] = [];
  for await (const record of recordsOf(path.join(siteDir, "records.json"))) {
    const { sourcePath, format, published } = record as BuiltRecord;
    records.push(published === undefined ? { sourcePath, format } : { sourcePath, format, published });
  }
  return records;
}

/** Writes `content` under `fileName`, or under `added <fileName>` when that name is taken. */
async function writeNew(contentDir: string, fileName: string, content: string): Promise<string> {
  const name = existsSync(path.join(contentDir, fileName)) ? `added ${fileName}` : fileName;
  await writeFile(path.join(contentDir, name), content);
  return name;
}

/** Writes article `index` of the generator, as the add-one rebuild adds it. */
export function addGeneratedArticle(contentDir: string, seed: number, index: number): Promise<string> {
  const article = generateArticle(seed, index);
  return writeNew(contentDir, article.fileName, article.content);
}

/** The median publication day of the dated records: a day in the middle of the archive, not at its end. */
export function middleDay(records: readonly BuiltRecord[]): string | undefined {
  const days = records.flatMap((record) => (record.published ? [record.published.slice(0, 10)] : [])).sort();
  return days[Math.floor(days.length / 2)];
}

/**
 * Adds the first generated Markdown article from `index` on, its front matter dated `day`: an article that joins
 * the middle of the archive's timeline, its year pages and a search shard that is not the newest.
 */
export async function addArticleDated(
  contentDir: string,
  seed: number,
  index: number,
  day: string,
): Promise<string> {
  for (let candidate = index; candidate < index + 1000; candidate++) {
    const article = generateArticle(seed, candidate);
    const dated = /^published: '[^']*'$/m;
    if (article.format !== "markdown" || !dated.test(article.content)) continue;
    return writeNew(
      contentDir,
      `dated ${article.fileName}`,
      article.content.replace(dated, `published: '${day}'`),
    );
  }
  throw new Error(`no generated Markdown article with a date from ${index} on`);
}

/** The Markdown record in the middle of the list, whose headline is in its front matter's `title:` line. */
function middleMarkdown(records: readonly BuiltRecord[], offset: number): BuiltRecord | undefined {
  const markdown = records.filter((record) => record.format === "markdown");
  return markdown[Math.floor(markdown.length / 2) + offset];
}

/** Appends " (updated)" to the headline of an article in the middle of the archive; undefined when none has one. */
export async function editHeadline(
  contentDir: string,
  records: readonly BuiltRecord[],
): Promise<string | undefined> {
  const record = middleMarkdown(records, 0);
  if (record === undefined) return undefined;
  const file = path.join(contentDir, record.sourcePath);
  const text = await readFile(file, "utf8");
  const edited = text.replace(/^title:[ \t]*(['"]?)(.+)\1[ \t]*$/m, "title: $1$2 (updated)$1");
  if (edited === text) return undefined;
  await writeFile(file, edited);
  return record.sourcePath;
}

/** Deletes another article in the middle of the archive. */
export async function removeArticle(
  contentDir: string,
  records: readonly BuiltRecord[],
): Promise<string | undefined> {
  const record = middleMarkdown(records, 1);
  if (record === undefined) return undefined;
  await rm(path.join(contentDir, record.sourcePath));
  return record.sourcePath;
}
