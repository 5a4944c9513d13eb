import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type DevSession, startDev } from "../../src/dev/index.ts";
import { resolveSiteConfig } from "../../src/site/index.ts";
import { seedContentDir } from "../support/seedSite.ts";

export interface LogLines {
  lines: string[];
  /** Resolves with the first line, from `from` on, that matches; fails after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs: number, from?: number): Promise<string>;
}

export interface DevHarness {
  session: DevSession;
  workDir: string;
  contentDir: string;
  outDir: string;
  /** A stand-in for `layouts/`, so tests never depend on the real templates changing under them. */
  templatesDir: string;
  log: LogLines;
  /** Absolute URL of a site-relative path. */
  url(sitePath: string): string;
  /** Stops the dev session and starts a new one on the same folders and port, as a user restarting it would. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

function captureLog(): LogLines & { info(line: string): void; error(line: string): void } {
  const lines: string[] = [];
  const listeners = new Set<() => void>();
  const add = (line: string) => {
    lines.push(line);
    for (const listener of listeners) listener();
  };
  return {
    lines,
    info: add,
    error: add,
    waitFor: (pattern, timeoutMs, from = 0) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const line = lines.slice(from).find((candidate) => pattern.test(candidate));
          if (line === undefined) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve(line);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms; log:\n${lines.join("\n")}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      }),
  };
}

/** Copies the seed articles into a temporary folder and runs `newsarchive dev` on them at a free port. */
export async function startDevHarness(pathPrefix = "/"): Promise<DevHarness> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-dev-"));
  const contentDir = path.join(workDir, "content");
  const outDir = path.join(workDir, "site");
  const templatesDir = path.join(workDir, "templates");
  await cp(seedContentDir, contentDir, { recursive: true });
  await mkdir(templatesDir);
  const log = captureLog();
  const start = (port: number) =>
    startDev({
      contentDir,
      outDir,
      cacheDir: path.join(workDir, "cache"),
      site: resolveSiteConfig({ pathPrefix }, {}),
      port,
      templatePaths: [templatesDir],
      log,
    });
  const harness: DevHarness = {
    session: await start(0),
    workDir,
    contentDir,
    outDir,
    templatesDir,
    log,
    url: (sitePath) => new URL(sitePath.replace(/^\//, ""), harness.session.url).href,
    restart: async () => {
      await harness.session.close();
      harness.session = await start(Number(new URL(harness.session.url).port));
    },
    close: async () => {
      await harness.session.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
  return harness;
}
