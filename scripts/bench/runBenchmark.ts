import { cp, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { UserError } from "../../src/cli/userError.ts";
import { benchmarkCorpus } from "./benchmarkCorpus.ts";
import { type BenchOptions, parseBenchOptions, usage } from "./benchOptions.ts";
import { compareRuns, readResultsFile } from "./compareResults.ts";
import { generateCorpus } from "./generateCorpus.ts";
import { benchmarkPeers } from "./peers.ts";
import { formatPeersTable } from "./peersTable.ts";
import { formatResultsTable } from "./resultsTable.ts";
import type { BenchmarkRun, CorpusResult, MachineFacts } from "./resultTypes.ts";
import { projectRoot } from "./timedBuild.ts";

// Progress goes to stderr so stdout holds only the table (and the comparison), ready to paste.
const log = (line: string) => console.error(line);

function machineFacts(loadAverageAtStart: number[]): MachineFacts {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageAtStart,
    loadAverageAtEnd: os.loadavg(),
  };
}

/** `.cache/bench/results-2025-01-31T12-00-00.000Z.json`: colons are not allowed in Windows file names. */
function defaultSaveFile(startedAt: string): string {
  return path.join(projectRoot, ".cache", "bench", `results-${startedAt.replaceAll(":", "-")}.json`);
}

interface CorpusSource {
  label: string;
  /** Fills the empty `contentDir` with the corpus. */
  prepare(contentDir: string): Promise<void>;
}

function corpusSources(options: BenchOptions): CorpusSource[] {
  const { contentDir } = options;
  if (contentDir !== undefined) {
    // A copy, because the add-one rebuild writes an article into the folder.
    return [{ label: contentDir, prepare: (into) => cp(contentDir, into, { recursive: true }) }];
  }
  return options.sizes.map((count) => ({
    label: String(count),
    prepare: async (into) => {
      const started = performance.now();
      const written = generateCorpus({ count, seed: options.seed, outDir: into });
      const seconds = (performance.now() - started) / 1000;
      log(`${count}: generated ${(written.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s`);
    },
  }));
}

async function benchmarkSource(source: CorpusSource, options: BenchOptions): Promise<CorpusResult> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-bench-"));
  try {
    const contentDir = path.join(workDir, "content");
    await source.prepare(contentDir);
    return await benchmarkCorpus({
      label: source.label,
      contentDir,
      workDir,
      seed: options.seed,
      buildTimeoutMs: options.buildTimeoutMs,
      ...(options.peers
        ? {
            peers: () =>
              benchmarkPeers({
                contentDir,
                workDir: path.join(workDir, "peers"),
                timeoutMs: options.buildTimeoutMs,
                log,
              }),
          }
        : {}),
      log,
    });
  } finally {
    if (options.keep) log(`kept ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
}

/** Paths as the user typed them: npm runs scripts in the project root but remembers where it was called. */
function resolvePaths(options: BenchOptions): BenchOptions {
  const base = process.env.INIT_CWD ?? process.cwd();
  const resolved = { ...options };
  if (options.contentDir !== undefined) resolved.contentDir = path.resolve(base, options.contentDir);
  if (options.saveFile !== undefined) resolved.saveFile = path.resolve(base, options.saveFile);
  if (options.compareFile !== undefined) resolved.compareFile = path.resolve(base, options.compareFile);
  return resolved;
}

async function main(args: string[]): Promise<void> {
  const options = resolvePaths(parseBenchOptions(args));
  if (options.help) {
    console.log(usage);
    return;
  }
  if (options.contentDir !== undefined && !(await isFolder(options.contentDir))) {
    throw new UserError(`--content ${options.contentDir} is not a folder`);
  }
  // Read before the long run, so a wrong path fails in a second rather than after an hour.
  const earlier = options.compareFile === undefined ? undefined : await readResultsFile(options.compareFile);
  const startedAt = new Date().toISOString();
  const loadAverageAtStart = os.loadavg();
  const corpora: CorpusResult[] = [];
  for (const source of corpusSources(options)) corpora.push(await benchmarkSource(source, options));

  const run: BenchmarkRun = {
    startedAt,
    machine: machineFacts(loadAverageAtStart),
    seed: options.seed,
    corpora,
  };
  const saveFile = options.saveFile ?? defaultSaveFile(startedAt);
  await mkdir(path.dirname(saveFile), { recursive: true });
  await writeFile(saveFile, `${JSON.stringify(run, null, 2)}\n`);
  const load = run.machine.loadAverageAtEnd.map((value) => value.toFixed(2)).join(", ");
  console.log(formatResultsTable(corpora));
  const peers = formatPeersTable(corpora);
  if (peers !== "") console.log(`\n${peers}`);
  console.log(`\n${run.machine.cpus} CPUs, load average ${load} at the end; results saved to ${saveFile}`);
  if (earlier !== undefined) console.log(`\n${compareRuns(earlier, run)}`);
}

async function isFolder(dir: string): Promise<boolean> {
  return stat(dir).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
}
