import type { Dirent, Stats } from "node:fs";
import { lstat, readdir, readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import pMap from "p-map";
import { isArticleFileName } from "./articleFileName.ts";
import { ArticleError } from "./errors.ts";
import { hashBytes } from "./identity.ts";
import type { ParseJob, ParseOutcome } from "./parallel/messages.ts";
import { outcomeError } from "./parallel/outcomeError.ts";
import { type ArticleParser, startParser } from "./parallel/parsePool.ts";
import { type FileSignature, type ParsedArticle, RecordCache } from "./recordCache.ts";
import type { ArticleRecord } from "./schema.ts";
import type { TermCounts } from "./termCounts.ts";
import { currentDay } from "./today.ts";
import { rejectDuplicateUrls } from "./uniqueUrls.ts";

export interface IngestResult {
  /** Every article that parsed, ordered by `sourcePath`. */
  records: ArticleRecord[];
  /** Each record's word counts by its `sourcePath`, for related articles. */
  terms: Map<string, TermCounts>;
  /** Every file that did not, ordered by `sourcePath`. */
  problems: ArticleError[];
  /** How many records came from the cache instead of being parsed. */
  cached: number;
}

export interface IngestOptions {
  /** Threads to parse in; default: one per core. */
  threads?: number;
  /** Called as each file is read or parsed, with how many of the folder's article files are done. */
  onProgress?: (done: number, total: number) => void;
  /** Folder for the record cache; default: no cache, every file is parsed. */
  cacheDir?: string;
  /** The day the articles are read on (`YYYY-MM-DD`, UTC): a date in the text after it is a misreading. Default: today. */
  today?: string;
  /** The site's permalink pattern: two articles may share a slug when it gives them different URLs. Default `/articles/:slug/`. */
  permalink?: string;
}

/** Lists the article files below `contentDir`, relative to it, with `/` separators, sorted. */
export async function listArticleFiles(contentDir: string): Promise<string[]> {
  return (await listArticleEntries(contentDir)).files;
}

/** Article files, and links named like articles, which are reported rather than followed out of the folder. */
async function listArticleEntries(contentDir: string): Promise<{ files: string[]; links: string[] }> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  const relative = (entry: Dirent) =>
    path.relative(contentDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
  const articles = entries
    .filter((entry) => isArticleFileName(entry.name))
    .filter(
      (entry) =>
        !relative(entry)
          .split("/")
          .some((segment) => segment.startsWith(".")),
    );
  return {
    files: articles
      .filter((entry) => entry.isFile())
      .map(relative)
      .sort(),
    links: articles
      .filter((entry) => entry.isSymbolicLink())
      .map(relative)
      .sort(),
  };
}

type FileRead =
  | ({ sourcePath: string } & ParsedArticle)
  | { sourcePath: string; parsing: Promise<ParseOutcome>; signature: FileSignature | undefined }
  | ArticleError;

/**
 * Reads and parses every article below `contentDir`, collecting every problem instead of stopping at the first.
 * Unchanged files come from the cache; the rest are parsed across worker threads as they are read.
 */
export async function ingestFolder(contentDir: string, options: IngestOptions = {}): Promise<IngestResult> {
  const today = options.today ?? currentDay();
  const entries = await listArticleEntries(contentDir);
  const parser = startParser({
    fileCount: entries.files.length,
    threads: options.threads ?? availableParallelism(),
    cached: options.cacheDir !== undefined,
  });
  try {
    return await ingestWith(parser, contentDir, entries, { ...options, today });
  } finally {
    await parser.close();
  }
}

async function ingestWith(
  parser: ArticleParser,
  contentDir: string,
  { files, links }: { files: readonly string[]; links: readonly string[] },
  options: IngestOptions & { today: string },
): Promise<IngestResult> {
  const { today } = options;
  const cache = options.cacheDir === undefined ? undefined : await RecordCache.open(options.cacheDir, today);
  let done = 0;
  const settled = () => options.onProgress?.(++done, files.length);
  const reads = await pMap(
    files,
    async (sourcePath): Promise<FileRead> => {
      const read = await readArticle(contentDir, sourcePath, today, cache);
      if (!("job" in read)) {
        settled();
        return read;
      }
      const parsing = parser.parse(read.job).finally(settled);
      // Awaited in order below; a crashed thread must not count as unhandled before then.
      parsing.catch(() => {});
      return { sourcePath, parsing, signature: read.signature };
    },
    { concurrency: 32 },
  );
  const records: ArticleRecord[] = [];
  const terms = new Map<string, TermCounts>();
  const keep = ({ record, terms: counts }: ParsedArticle) => {
    records.push(record);
    terms.set(record.sourcePath, counts);
  };
  const problems = links.map(
    (link) =>
      new ArticleError(
        "symlink",
        link,
        "is a symbolic link, which is not followed: copy the article into the folder",
      ),
  );
  for (const read of reads) {
    if (read instanceof ArticleError) problems.push(read);
    else if ("record" in read) keep(read);
    else {
      const outcome = await read.parsing;
      if (outcome.ok) {
        const { ok: _ok, ...parse } = outcome;
        keep(parse);
        cache?.put(parse, read.signature);
      } else problems.push(outcomeError(outcome));
    }
  }
  await cache?.save();
  const unique = rejectDuplicateUrls(records, options.permalink);
  problems.push(...unique.problems);
  problems.sort((a, b) => a.sourcePath.localeCompare(b.sourcePath));
  return {
    records: unique.records,
    terms,
    problems,
    cached: reads.filter((read) => "record" in read).length,
  };
}

type UnparsedRead =
  | ({ sourcePath: string } & ParsedArticle)
  | { sourcePath: string; job: ParseJob; signature: FileSignature | undefined }
  | ArticleError;

async function readArticle(
  contentDir: string,
  sourcePath: string,
  today: string,
  cache: RecordCache | undefined,
): Promise<UnparsedRead> {
  const file = path.join(contentDir, sourcePath);
  const signature = await lstat(file).then(settledSignature, () => undefined);
  const unread = signature && cache?.getUnread(sourcePath, signature);
  if (unread) return { sourcePath, ...unread };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return new ArticleError("unreadable", sourcePath, (error as Error).message);
  }
  const cached = cache?.get(sourcePath, hashBytes(bytes), signature);
  return cached === undefined
    ? { sourcePath, job: { sourcePath, bytes, today }, signature }
    : { sourcePath, ...cached };
}

/**
 * Filesystems that keep times to the second (or two) cannot tell a file written twice within that time: such a
 * recent file gets no signature, so it is read and hashed until its time is safely in the past.
 */
const settleMs = 2_000;

function settledSignature({ size, mtimeMs }: Stats): FileSignature | undefined {
  return Date.now() - mtimeMs > settleMs ? { size, mtimeMs } : undefined;
}

/**
 * One line per article file (path, size, modification time), including links: enough to tell that nothing in
 * the folder changed without reading a file.
 */
export async function describeArticleFiles(contentDir: string): Promise<string> {
  const { files, links } = await listArticleEntries(contentDir);
  const lines = await pMap(
    [...files, ...links].sort(),
    async (sourcePath) => {
      const info = await lstat(path.join(contentDir, sourcePath));
      return `${sourcePath}\t${info.size}\t${info.mtimeMs}`;
    },
    { concurrency: 32 },
  );
  return lines.join("\n");
}
