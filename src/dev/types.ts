import type { SiteConfig } from "../site/index.ts";

/** A file the site is built from was added, changed or removed. */
export interface SourceChange {
  event: "added" | "changed" | "removed";
  /** Absolute path. */
  file: string;
  /** The path as the user knows it, e.g. `content/new.txt` or `layouts/base.css`. */
  shown: string;
  /** Templates are imported code: a change to them needs a fresh build worker, not just a rebuild. */
  source: "content" | "templates";
}

/** What the dev loop asks the build worker to build; the options of `buildSite`. */
export interface BuildRequest {
  contentDir: string;
  outDir: string;
  /** Folder for parsed records and build state. Default: no cache. */
  cacheDir?: string;
  site: SiteConfig;
}

/** How one build ended, as plain data, since errors lose their class when posted between threads. */
export type BuildOutcome =
  | { kind: "built"; articleCount: number; unchanged: boolean }
  | { kind: "rejected"; summary: string; problems: string[] }
  | { kind: "failed"; message: string };

/** Where the dev loop's progress lines go. */
export interface DevLog {
  info(line: string): void;
  error(line: string): void;
}
