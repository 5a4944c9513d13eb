import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { UserError } from "../../src/cli/userError.ts";
import { samplePeakMemory } from "./peakMemory.ts";
import { processTree, readProcSnapshot } from "./processTree.ts";
import type { BuildMeasurement } from "./resultTypes.ts";
import { parseStageSeconds } from "./stageTimes.ts";

export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
const largeArchiveHeapMb = 12_288;
const cliPath = fileURLToPath(new URL("../newsarchive.js", import.meta.url));

export interface TimedBuildOptions {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  /** The build is killed, with everything it started, after this long. Required. */
  timeoutMs: number;
  /** Called with each line the build prints on stderr, so a long run shows where it is. Default: none. */
  onStderrLine?: (line: string) => void;
}

/**
 * The build's environment: plain stage lines, no site URL or path prefix from the caller's shell, and the heap
 * limit the README gives for archives of 100,000 articles, whose records outgrow Node's default of about 4 GB.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    CI: "true",
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${largeArchiveHeapMb}`.trim(),
  };
  delete environment.NEWSARCHIVE_SITE_URL;
  delete environment.NEWSARCHIVE_PATH_PREFIX;
  return environment;
}

function killTree(root: number): void {
  // The tree is listed before anything is killed, so children orphaned by their parent's death are still found.
  for (const pid of processTree(root, readProcSnapshot(root))) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}

/** A child process to run and measure: the build, or a peer generator's step. */
export interface MeasuredCommand {
  /** The executable, found on the PATH unless a path is given. */
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Names the command in errors: `the build failed (exit 1): …`. */
  name: string;
  /** The command is killed, with everything it started, after this long. Required. */
  timeoutMs: number;
  /** Called with each line the command prints on stderr. Default: none. */
  onStderrLine?: (line: string) => void;
  /** The line that says why the command failed. Default: its last line on stderr, else on stdout. */
  describeFailure?: (stderr: string, stdout: string) => string | undefined;
}

export interface CommandMeasurement {
  /** From spawning the command to its exit. */
  wallSeconds: number;
  /** Largest sum of resident memory of the command and all its descendants seen while sampling. */
  peakMemoryBytes: number;
  stdout: string;
  stderr: string;
}

const lastLine = (text: string) => text.trim().split("\n").at(-1) ?? "";

/**
 * Runs a command as a child process, sampling the peak memory of its process tree from `/proc`; a non-zero
 * exit or the timeout rejects with a one-line UserError.
 */
export function runMeasuredCommand(options: MeasuredCommand): Promise<CommandMeasurement> {
  const started = performance.now();
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) {
    // Spawning failed (e.g. ENOENT); the error event says why.
    return new Promise((_resolve, reject) => child.on("error", reject));
  }
  const rootPid = child.pid;
  const sampler = samplePeakMemory(rootPid);
  let stdout = "";
  let stderr = "";
  let partialLine = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    const lines = (partialLine + chunk).split("\n");
    partialLine = lines.pop() ?? "";
    for (const line of lines) options.onStderrLine?.(line);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killTree(rootPid);
  }, options.timeoutMs);

  return new Promise((resolve, reject) => {
    child.on("error", (error) => {
      clearTimeout(timer);
      sampler.stop();
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (partialLine !== "") options.onStderrLine?.(partialLine);
      const peakMemoryBytes = sampler.stop();
      const wallSeconds = (performance.now() - started) / 1000;
      if (timedOut) {
        reject(
          new UserError(`${options.name} ran longer than ${options.timeoutMs / 60_000} min and was stopped`),
        );
      } else if (code !== 0) {
        // Some tools (Pagefind) report their errors on stdout.
        const reason = options.describeFailure?.(stderr, stdout) ?? (lastLine(stderr) || lastLine(stdout));
        reject(new UserError(`${options.name} failed (exit ${code}): ${reason}`));
      } else {
        resolve({ wallSeconds, peakMemoryBytes, stdout, stderr });
      }
    });
  });
}

/** Runs `newsarchive build` as a child process (the way a user does) and measures it. */
export async function runTimedBuild(options: TimedBuildOptions): Promise<BuildMeasurement> {
  const args = [
    "build",
    "--content",
    options.contentDir,
    "--out",
    options.outDir,
    "--cache",
    options.cacheDir,
  ];
  const run = await runMeasuredCommand({
    command: process.execPath,
    args: [cliPath, ...args],
    cwd: projectRoot,
    env: buildEnvironment(),
    name: "the build",
    timeoutMs: options.timeoutMs,
    ...(options.onStderrLine === undefined ? {} : { onStderrLine: options.onStderrLine }),
  });
  return {
    stageSeconds: parseStageSeconds(run.stderr),
    wallSeconds: run.wallSeconds,
    peakMemoryBytes: run.peakMemoryBytes,
    summary: lastLine(run.stdout),
  };
}
