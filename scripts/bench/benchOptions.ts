import { parseArgs } from "node:util";
import { UserError } from "../../src/cli/userError.ts";

export interface BenchOptions {
  /** Articles in each generated corpus, benchmarked in this order. Default `[1000, 10000]`. */
  sizes: number[];
  /** Generator seed, and the seed of the article added for the add-one rebuild. Default 1. */
  seed: number;
  /** A real folder of articles to benchmark instead of generated corpora (copied first, never modified). */
  contentDir?: string;
  /** Where the results JSON goes. Default `.cache/bench/results-<ISO timestamp>.json`. */
  saveFile?: string;
  /** An earlier results JSON to print the differences against. Default: none. */
  compareFile?: string;
  /** Keep the temporary corpora, sites and caches instead of removing them. Default false. */
  keep: boolean;
  /** Longest a single build may run before it is killed and the benchmark fails. Default 60 minutes. */
  buildTimeoutMs: number;
  /**
   * Also build each corpus with plain Eleventy + Pagefind and Hugo + Pagefind sites (`scripts/bench/peers/`)
   * and print their figures next to newsarchive's. Present (true) only when asked for.
   */
  peers?: true;
  help: boolean;
}

export const usage = `usage: npm run bench -- [--sizes 1000,10000] [--seed 1] [--content DIR]
                        [--save FILE] [--compare FILE] [--keep] [--timeout MINUTES] [--peers]`;

const maxArticles = 1_000_000;

function wholeNumber(option: string, text: string, min: number, max: number): number {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max)) {
    throw new UserError(`--${option} takes a whole number from ${min} to ${max}, not "${text}"`);
  }
  return value;
}

/** Reads the command line; every mistake becomes a one-line UserError. */
export function parseBenchOptions(args: string[]): BenchOptions {
  let parsed: ReturnType<typeof parseWithNode>;
  try {
    parsed = parseWithNode(args);
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    // parseArgs explains some mistakes over several lines; the first says what went wrong.
    throw new UserError(error.message.split("\n")[0] ?? error.message);
  }
  const { values } = parsed;
  if (values.content !== undefined && values.sizes !== undefined) {
    throw new UserError("give --sizes or --content, not both");
  }
  const sizes = (values.sizes ?? "1000,10000")
    .split(",")
    .map((size) => wholeNumber("sizes", size.trim(), 1, maxArticles));
  return {
    sizes: values.content === undefined ? sizes : [],
    seed: wholeNumber("seed", values.seed, 0, 0xffffffff),
    ...(values.content === undefined ? {} : { contentDir: values.content }),
    ...(values.save === undefined ? {} : { saveFile: values.save }),
    ...(values.compare === undefined ? {} : { compareFile: values.compare }),
    keep: values.keep === true,
    buildTimeoutMs: wholeNumber("timeout", values.timeout, 1, 24 * 60) * 60_000,
    ...(values.peers === true ? { peers: true as const } : {}),
    help: values.help === true,
  };
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && String((error as NodeJS.ErrnoException).code).startsWith("ERR_PARSE_ARGS");
}

function parseWithNode(args: string[]) {
  return parseArgs({
    args,
    options: {
      sizes: { type: "string" },
      seed: { type: "string", default: "1" },
      content: { type: "string" },
      save: { type: "string" },
      compare: { type: "string" },
      keep: { type: "boolean" },
      peers: { type: "boolean" },
      timeout: { type: "string", default: "60" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: false,
    strict: true,
  });
}
