import type { Stats } from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import pMap from "p-map";
import { type ArticleFolder, type ListedFile, scanArticleFolder } from "./articleFolder.ts";
import { ArticleError } from "./errors.ts";
import { hashBytes } from "./identity.ts";
import type { ParseJob, ParseOutcome } from "./parallel/messages.ts";
import { outcomeError } from "./parallel/outcomeError.ts";
import { type ArticleParser, startParser } from "./parallel/parsePool.ts";
import { type CachedParse, type FileSignature, RecordCache } from "./recordCache.ts";
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
  /**
   * The first day (`YYYY-MM-DD`) on which one of these records parses differently: a date in its text, dropped as
   * lying in the future, is then no longer in the future. Absent when no record depends on the day.
   */
  expires?: string;
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
  /** The folder as `scanArticleFolder` listed it this build; default: listed here. */
  folder?: ArticleFolder;
  /**
   * The record cache of `cacheDir`, already opening (`RecordCache.open`), so that reading it overlaps the caller's
   * own work; default: opened here.
   */
  openingCache?: Promise<RecordCache>;
}

/** A file whose record came from the cache. */
type CachedRead = { sourcePath: string } & CachedParse;

type FileRead =
  | CachedRead
  | { sourcePath: string; parsing: Promise<ParseOutcome>; signature: FileSignature | undefined }
  | ArticleError;

/**
 * Reads and parses every article below `contentDir`, collecting every problem instead of stopping at the first.
 * Unchanged files come from the cache; the rest are parsed across worker threads as they are read.
 */
export async function ingestFolder(contentDir: string, options: IngestOptions = {}): Promise<IngestResult> {
  const today = options.today ?? currentDay();
  const entries = options.folder ?? (await scanArticleFolder(contentDir));
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
  { files, links }: ArticleFolder,
  options: IngestOptions & { today: string },
): Promise<IngestResult> {
  const { today } = options;
  const cache =
    options.cacheDir === undefined
      ? undefined
      : await (options.openingCache ?? RecordCache.open(options.cacheDir, today));
  let done = 0;
  const settled = () => options.onProgress?.(++done, files.length);
  const reads = await pMap(
    files,
    async (listed): Promise<FileRead> => {
      const read = await readArticle(contentDir, listed, today, cache);
      if (!("job" in read)) {
        settled();
        return read;
      }
      const parsing = parser.parse(read.job).finally(settled);
      // Awaited in order below; a crashed thread must not count as unhandled before then.
      parsing.catch(() => {});
      return { sourcePath: listed.sourcePath, parsing, signature: read.signature };
    },
    { concurrency: 32 },
  );
  const records: ArticleRecord[] = [];
  const terms = new Map<string, TermCounts>();
  let expires: string | undefined;
  const keep = ({ record, terms: counts, expires: recordExpires }: CachedParse) => {
    records.push(record);
    terms.set(record.sourcePath, counts);
    if (recordExpires !== undefined && (expires === undefined || recordExpires < expires))
      expires = recordExpires;
  };
  const problems = links.map(
    ({ sourcePath }) =>
      new ArticleError(
        "symlink",
        sourcePath,
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
    ...(expires !== undefined && { expires }),
  };
}

type UnparsedRead =
  | CachedRead
  | { sourcePath: string; job: ParseJob; signature: FileSignature | undefined }
  | ArticleError;

async function readArticle(
  contentDir: string,
  { sourcePath, stats }: ListedFile,
  today: string,
  cache: RecordCache | undefined,
): Promise<UnparsedRead> {
  const file = path.join(contentDir, sourcePath);
  const signature = stats && settledSignature(stats);
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
