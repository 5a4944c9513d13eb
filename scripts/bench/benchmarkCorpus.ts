import path from "node:path";
import { UserError } from "../../src/cli/userError.ts";
import {
  addArticleDated,
  addGeneratedArticle,
  editHeadline,
  middleDay,
  readBuiltRecords,
  removeArticle,
} from "./archiveChanges.ts";
import { articleUsage, folderUsage } from "./diskUsage.ts";
import { pickQueryWords, readHeadlines } from "./queryWords.ts";
import type { BuildMeasurement, CorpusResult, PeerResult, SearchMeasurement } from "./resultTypes.ts";
import { searchInBrowser } from "./searchInBrowser.ts";
import { runTimedBuild } from "./timedBuild.ts";

export interface BenchmarkCorpusOptions {
  /** Names the corpus in the table and in comparisons. */
  label: string;
  /** The articles; the add-one step writes one more file here, so it must be the benchmark's own copy. */
  contentDir: string;
  /** Empty folder for the site and the build cache. */
  workDir: string;
  /** Seed of the added article. */
  seed: number;
  buildTimeoutMs: number;
  /**
   * Builds the corpus with other generators (`--peers`), right after the cold build: the same files, before the
   * add-one step changes them, on a machine in the same state. Default: none.
   */
  peers?: () => Promise<PeerResult[]>;
  /** Where progress goes: one line per step. */
  log(line: string): void;
}

/** Each browser step; a first query on a large index loads many chunks, but never for minutes. */
const browserTimeoutMs = 5 * 60_000;

function describeBuild(build: BuildMeasurement): string {
  return `${build.wallSeconds.toFixed(1)} s, peak ${(build.peakMemoryBytes / 1e6).toFixed(0)} MB: ${build.summary}`;
}

async function measureSearch(outDir: string): Promise<SearchMeasurement> {
  const index = await folderUsage(path.join(outDir, "pagefind"));
  const queries = pickQueryWords(await readHeadlines(outDir));
  if (queries === undefined)
    throw new UserError(`no headline in ${outDir}/articles has a word to search for`);
  const browser = await searchInBrowser({ outDir, queries, timeoutMs: browserTimeoutMs });
  return { indexBytes: index.bytes, indexFiles: index.files, queries, ...browser };
}

/**
 * Cold build, (peers,) search in the browser, rebuild with nothing changed, rebuild after adding one article, then
 * after an addition in the middle of the timeline, a headline edit and a deletion.
 */
export async function benchmarkCorpus(options: BenchmarkCorpusOptions): Promise<CorpusResult> {
  const { contentDir, log } = options;
  const text = await articleUsage(contentDir);
  const outDir = path.join(options.workDir, "site");
  const build = (step: string) => {
    log(`${options.label}: ${step}`);
    return runTimedBuild({
      contentDir,
      outDir,
      cacheDir: path.join(options.workDir, "cache"),
      timeoutMs: options.buildTimeoutMs,
      onStderrLine: (line) => log(`    ${line}`),
    });
  };

  const cold = await build(`cold build of ${text.files} articles`);
  log(`  ${describeBuild(cold)}`);
  let peers: PeerResult[] | undefined;
  if (options.peers !== undefined) {
    log(`${options.label}: peers`);
    peers = await options.peers();
  }
  log(`${options.label}: searching in Chromium`);
  const search = await measureSearch(outDir);
  log(
    `  "${search.queries.join('", "')}": ${search.secondQueryMs.toFixed(0)} ms, "${search.queries[0]}" again: ${search.repeatQueryMs.toFixed(0)} ms`,
  );
  const unchanged = await build("rebuild with nothing changed");
  log(`  ${describeBuild(unchanged)}`);
  const added = await addGeneratedArticle(contentDir, options.seed, text.files);
  const addOne = await build(`rebuild after adding ${added}`);
  log(`  ${describeBuild(addOne)}`);
  const changes = await changeTheMiddle(contentDir, outDir, options.seed, text.files + 1, build);
  return {
    label: options.label,
    articles: text.files,
    textBytes: text.bytes,
    cold,
    unchanged,
    addOne,
    search,
    ...changes,
    ...(peers === undefined ? {} : { peers }),
  };
}

/**
 * Rebuilds after each change that reaches into the middle of the archive rather than its newest end: an article
 * dated in the middle year added, a headline edited, an article deleted. A change the corpus cannot take (no
 * Markdown article to edit) is left out.
 */
async function changeTheMiddle(
  contentDir: string,
  outDir: string,
  seed: number,
  nextIndex: number,
  build: (step: string) => Promise<BuildMeasurement>,
): Promise<Pick<CorpusResult, "addInMiddle" | "editHeadline" | "removeOne">> {
  const records = await readBuiltRecords(outDir);
  const day = middleDay(records);
  const changes: Pick<CorpusResult, "addInMiddle" | "editHeadline" | "removeOne"> = {};
  if (day !== undefined) {
    const added = await addArticleDated(contentDir, seed, nextIndex, day);
    changes.addInMiddle = await build(`rebuild after adding ${added}, dated ${day}`);
  }
  const edited = await editHeadline(contentDir, records);
  if (edited !== undefined)
    changes.editHeadline = await build(`rebuild after editing the headline of ${edited}`);
  const removed = await removeArticle(contentDir, records);
  if (removed !== undefined) changes.removeOne = await build(`rebuild after deleting ${removed}`);
  return changes;
}
