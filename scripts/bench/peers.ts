import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { copyFile, cp, mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { UserError } from "../../src/cli/userError.ts";
import type { PeerMeasurement, PeerResult, PeerStep } from "./resultTypes.ts";
import { buildEnvironment, type CommandMeasurement, projectRoot, runMeasuredCommand } from "./timedBuild.ts";

/** The peers' fixture sites: `peers/eleventy/` and `peers/hugo/`. */
const fixturesDir = fileURLToPath(new URL("./peers/", import.meta.url));
const eleventyCli = path.join(projectRoot, "node_modules", "@11ty", "eleventy", "cmd.cjs");
const pagefindCli = path.join(projectRoot, "node_modules", "pagefind", "lib", "runner", "bin.cjs");

export interface BenchmarkPeersOptions {
  /** The corpus, exactly as newsarchive's cold build saw it; only read. */
  contentDir: string;
  /** Empty folder for the peers' sites (and Hugo's copy of the corpus). */
  workDir: string;
  /** Bounds each step (a build, a Pagefind run). */
  timeoutMs: number;
  /** Where progress goes: one line per step. */
  log(line: string): void;
}

/** A peer's build command, once its folder is ready; preparing is not timed. */
interface PreparedPeer {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The built site, which Pagefind indexes. */
  outDir: string;
  /** Why the build failed, from its output, when its last line does not say. */
  describeFailure?: (stderr: string) => string | undefined;
}

export interface Peer {
  name: string;
  /** `{ version }`, or why the peer cannot run here. */
  detect(): { version: string } | { skipped: string };
  prepare(contentDir: string, siteDir: string): Promise<PreparedPeer>;
}

function packageVersion(...names: string[]): string {
  const file = path.join(projectRoot, "node_modules", ...names, "package.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

/** `hugo v0.111.3+extended linux/amd64 …` → `0.111.3`. */
export function parseHugoVersion(output: string): string | undefined {
  return /\bv(\d+\.\d+\.\d+)/.exec(output)?.[1];
}

/** Pages in Pagefind's summary (`Indexed 200 pages`); undefined when it printed none. */
export function parsePagefindPages(stdout: string): number | undefined {
  const match = /^\s*Indexed (\d+) pages?\s*$/m.exec(stdout);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** Eleventy's numbered problem lines (`[11ty] 1. Having trouble reading front matter …`), joined; its last line is a stack frame. */
export function parseEleventyProblem(stderr: string): string | undefined {
  const problems = [...stderr.matchAll(/^\[11ty\] \d+\. (.*)$/gm)].map((match) => match[1]);
  // Eleventy prints them twice: under "Problem writing Eleventy templates" and again as the fatal error.
  return problems.length === 0 ? undefined : [...new Set(problems)].join("; ");
}

/** HTML files Pagefind found (`Found 201 files matching **\/*.{html}`). */
function parsePagefindFiles(stdout: string): number | undefined {
  const match = /^\s*Found (\d+) files? matching/m.exec(stdout);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

const articleExtension = /\.(txt|md|markdown)$/i;

/**
 * Hugo's names for the corpus files of one folder: Markdown keeps its name, raw text becomes Markdown (Hugo has
 * no plain-text content format; blank lines still make paragraphs), `story.txt.md` when `story.md` exists too.
 * Files that are not articles are left out, as newsarchive leaves them out.
 */
export function hugoContentNames(names: readonly string[]): Map<string, string> {
  const taken = new Set(
    names.filter((name) => /\.(md|markdown)$/i.test(name)).map((name) => name.toLowerCase()),
  );
  const renamed = new Map<string, string>();
  for (const name of names) {
    if (!articleExtension.test(name)) continue;
    if (!/\.txt$/i.test(name)) {
      renamed.set(name, name);
      continue;
    }
    const stem = name.slice(0, -".txt".length);
    const target = taken.has(`${stem}.md`.toLowerCase()) ? `${name}.md` : `${stem}.md`;
    taken.add(target.toLowerCase());
    renamed.set(name, target);
  }
  return renamed;
}

/** Copies the corpus's articles into Hugo's `content/`, raw text renamed; returns how many files it copied. */
async function copyForHugo(from: string, to: string): Promise<number> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  let copied = 0;
  for (const entry of entries) {
    if (entry.isDirectory())
      copied += await copyForHugo(path.join(from, entry.name), path.join(to, entry.name));
  }
  const files = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
  for (const [name, target] of hugoContentNames(files)) {
    await copyFile(path.join(from, name), path.join(to, target));
    copied++;
  }
  return copied;
}

/** The plain Eleventy starter in `peers/eleventy/`: the corpus folder itself is Eleventy's input. */
export const eleventyPeer: Peer = {
  name: "Eleventy",
  detect: () => ({ version: packageVersion("@11ty", "eleventy") }),
  async prepare(contentDir, siteDir) {
    const outDir = path.join(siteDir, "_site");
    return {
      command: process.execPath,
      args: [
        eleventyCli,
        `--config=${path.join(fixturesDir, "eleventy", "eleventy.config.js")}`,
        `--input=${contentDir}`,
        `--output=${outDir}`,
        "--quiet",
      ],
      // An empty folder: no project's .gitignore or .eleventyignore applies.
      cwd: siteDir,
      env: buildEnvironment(),
      outDir,
      describeFailure: parseEleventyProblem,
    };
  },
};

/** The plain Hugo site in `peers/hugo/`, copied with the corpus as its `content/`; needs `hugo` on the PATH. */
export const hugoPeer: Peer = {
  name: "Hugo",
  detect() {
    const result = spawnSync("hugo", ["version"], { encoding: "utf8" });
    if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") {
      return { skipped: "hugo is not on the PATH" };
    }
    const version = result.status === 0 ? parseHugoVersion(result.stdout) : undefined;
    return version === undefined
      ? {
          skipped: `\`hugo version\` failed: ${(result.stderr || result.stdout || "").trim().split("\n")[0]}`,
        }
      : { version };
  },
  async prepare(contentDir, siteDir) {
    await cp(path.join(fixturesDir, "hugo"), siteDir, { recursive: true });
    await copyForHugo(contentDir, path.join(siteDir, "content"));
    const outDir = path.join(siteDir, "public");
    return {
      command: "hugo",
      args: ["--source", siteDir, "--destination", outDir],
      cwd: siteDir,
      // Hugo's file cache in the benchmark's folder, so the build is cold and nothing is left in ~/.cache.
      env: { ...buildEnvironment(), HUGO_CACHEDIR: path.join(siteDir, "..", "hugo-cache") },
      outDir,
    };
  },
};

export const peers: readonly Peer[] = [eleventyPeer, hugoPeer];

const step = (run: CommandMeasurement): PeerStep => ({
  wallSeconds: run.wallSeconds,
  peakMemoryBytes: run.peakMemoryBytes,
});

function describeStep(run: PeerStep): string {
  return `${run.wallSeconds.toFixed(1)} s, peak ${(run.peakMemoryBytes / 1e6).toFixed(0)} MB`;
}

/** A failure of the peer itself (it exited non-zero, timed out, or its command is missing), not of the bench. */
function isPeerFailure(error: unknown): error is Error {
  return error instanceof UserError || (error instanceof Error && "code" in error && "syscall" in error);
}

async function benchmarkPeer(
  peer: Peer,
  version: string,
  siteDir: string,
  options: BenchmarkPeersOptions,
): Promise<PeerMeasurement> {
  const generator = `${peer.name} ${version}`;
  const prepared = await peer.prepare(options.contentDir, siteDir);
  options.log(`  ${generator}: building`);
  const build = await runMeasuredCommand({
    command: prepared.command,
    args: prepared.args,
    cwd: prepared.cwd,
    env: prepared.env,
    name: peer.name,
    timeoutMs: options.timeoutMs,
    ...(prepared.describeFailure === undefined ? {} : { describeFailure: prepared.describeFailure }),
  });
  options.log(`    ${describeStep(build)}`);
  const pagefindVersion = packageVersion("pagefind");
  options.log(`  ${generator}: pagefind --site ${path.relative(siteDir, prepared.outDir)}`);
  const pagefind = await runMeasuredCommand({
    command: process.execPath,
    args: [pagefindCli, "--site", prepared.outDir],
    cwd: siteDir,
    env: buildEnvironment(),
    name: `Pagefind after ${peer.name}`,
    timeoutMs: options.timeoutMs,
  });
  const pages = parsePagefindPages(pagefind.stdout);
  const files = parsePagefindFiles(pagefind.stdout);
  options.log(`    ${describeStep(pagefind)}: ${files ?? "?"} HTML files, ${pages ?? "?"} pages indexed`);
  return {
    generator,
    pagefindVersion,
    build: step(build),
    pagefind: step(pagefind),
    ...(pages === undefined ? {} : { pages }),
  };
}

/**
 * Builds the corpus with each peer generator, then indexes its output with `pagefind --site`, the way a user of
 * that generator adds search. Each step is a child process measured like newsarchive's build. A peer that cannot
 * run here, or fails, is recorded as skipped with the reason.
 */
export async function benchmarkPeers(
  options: BenchmarkPeersOptions,
  which: readonly Peer[] = peers,
): Promise<PeerResult[]> {
  const results: PeerResult[] = [];
  for (const peer of which) {
    const detected = peer.detect();
    if ("skipped" in detected) {
      options.log(`  ${peer.name}: skipped, ${detected.skipped}`);
      results.push({ generator: peer.name, skipped: detected.skipped });
      continue;
    }
    const siteDir = path.join(options.workDir, peer.name.toLowerCase());
    await mkdir(siteDir, { recursive: true });
    try {
      results.push(await benchmarkPeer(peer, detected.version, siteDir, options));
    } catch (error) {
      if (!isPeerFailure(error)) throw error;
      options.log(`  ${peer.name}: skipped, ${error.message}`);
      results.push({ generator: `${peer.name} ${detected.version}`, skipped: error.message });
    }
  }
  return results;
}
