import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { UserError } from "../../src/cli/userError.ts";
import { isoDay } from "./dates.ts";
import { draftArticle, streams } from "./draftArticle.ts";
import { fileNameFor, slugOf } from "./fileNames.ts";
import { renderMarkdown } from "./markdownLayout.ts";
import { streamFor } from "./random.ts";
import { renderRawText } from "./rawTextLayout.ts";

export interface GenerateCorpusOptions {
  /** How many articles to write, 1 to 1,000,000 (file names carry a six-digit index). Required. */
  count: number;
  /** Seed of the generator: the same seed writes byte-identical files. Default 1. */
  seed?: number;
  /** Folder to write into; created if missing, refused if not empty so no stale file joins the corpus. Required. */
  outDir: string;
}

export interface CorpusSummary {
  files: number;
  bytes: number;
}

export interface GeneratedArticle {
  /** Safe in any file system; unique within a corpus once `generateCorpus` has settled rare clashes. */
  fileName: string;
  /** The file's text, exactly as written (UTF-8). */
  content: string;
  format: "text" | "markdown";
  /** The headline with straight quotes; a file may print it with curly ones. */
  title: string;
  /** The day the file states (in its text, front matter or name), `YYYY-MM-DD`; absent when undated. */
  published?: string;
}

const maxCount = 1_000_000;

/**
 * Generates article `index` of the corpus for `seed`, independently of every other article, so a
 * benchmark can add article `count` to an existing corpus of `count` articles.
 */
export function generateArticle(seed: number, index: number): GeneratedArticle {
  const draft = draftArticle(seed, index);
  const random = streamFor(seed, index, streams.layout);
  const fileName = fileNameFor(random, draft, index);
  const content =
    draft.format === "markdown"
      ? renderMarkdown(random, draft, slugOf(draft.title))
      : renderRawText(random, draft);
  const dated = draft.dateStyle !== "none";
  return {
    fileName,
    content,
    format: draft.format,
    title: draft.title,
    ...(dated ? { published: isoDay(draft.published) } : {}),
  };
}

/** Writes `count` articles into `outDir`, one at a time, so memory stays flat at any corpus size. */
export function generateCorpus(options: GenerateCorpusOptions): CorpusSummary {
  const { count, seed = 1, outDir } = options;
  if (!Number.isInteger(count) || count < 1 || count > maxCount) {
    throw new UserError(`count must be a whole number from 1 to ${maxCount}, not ${count}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new UserError(`seed must be a whole number from 0 to ${0xffffffff}, not ${seed}`);
  }
  mkdirSync(outDir, { recursive: true });
  if (readdirSync(outDir).length > 0)
    throw new UserError(`${outDir} is not empty; give a new or empty folder`);

  // Names differing only in case collide on macOS and Windows, so compare them lower-cased.
  const taken = new Set<string>();
  let bytes = 0;
  for (let index = 0; index < count; index++) {
    const article = generateArticle(seed, index);
    let fileName = article.fileName;
    if (taken.has(fileName.toLowerCase())) fileName = fileName.replace(/(\.\w+)$/, ` ${index}$1`);
    taken.add(fileName.toLowerCase());
    const data = Buffer.from(article.content, "utf8");
    writeFileSync(path.join(outDir, fileName), data);
    bytes += data.length;
  }
  return { files: count, bytes };
}

const usage = "usage: generateCorpus --count N --out DIR [--seed S]";

function parseWholeNumber(name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UserError(`--${name} must be a whole number, not "${value}"`);
  return Number(value);
}

function main(args: string[]): void {
  const { values } = parseArgs({
    args,
    options: {
      count: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  if (values.out === undefined) throw new UserError(`--out is required (${usage})`);
  const started = performance.now();
  const summary = generateCorpus({
    count: parseWholeNumber("count", values.count),
    seed: parseWholeNumber("seed", values.seed),
    outDir: values.out,
  });
  const seconds = (performance.now() - started) / 1000;
  const megabytes = summary.bytes / 1_000_000;
  console.log(
    `wrote ${summary.files} articles, ${megabytes.toFixed(1)} MB, to ${values.out} in ${seconds.toFixed(1)} s`,
  );
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && String((error as NodeJS.ErrnoException).code).startsWith("ERR_PARSE_ARGS");
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UserError || isParseArgsError(error))) throw error;
    // parseArgs explains some mistakes over several lines; the first says what went wrong.
    console.error(`generateCorpus: ${error.message.split("\n")[0]}`);
    process.exitCode = 1;
  }
}
