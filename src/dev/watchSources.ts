import path from "node:path";
import { watch } from "chokidar";
import type { SourceChange } from "./types.ts";

export interface WatchSourcesOptions {
  contentDir: string;
  /** Template files and folders. */
  templatePaths: readonly string[];
  /** Never reported, so a site written inside the content folder cannot trigger its own rebuild. */
  outDir: string;
  onChange(change: SourceChange): void;
  /** Watching failed, e.g. the system's limit of watched files was reached. */
  onError(error: Error): void;
}

export interface SourceWatcher {
  close(): Promise<void>;
}

const events = { add: "added", change: "changed", unlink: "removed", unlinkDir: "removed" } as const;

function isInside(file: string, folder: string): boolean {
  return file === folder || file.startsWith(folder + path.sep);
}

/** Reports changes below the content folder and the templates; resolves once the initial scan is done. */
export async function watchSources(options: WatchSourcesOptions): Promise<SourceWatcher> {
  const contentDir = path.resolve(options.contentDir);
  const outDir = path.resolve(options.outDir);
  const templateRoots = options.templatePaths.map((file) => path.resolve(file));
  const roots = [contentDir, ...templateRoots];
  // Ingest skips dot-files and dot-folders; editors' backup files end in `~`.
  const ignored = (file: string) =>
    !roots.includes(file) &&
    (path.basename(file).startsWith(".") || file.endsWith("~") || isInside(file, outDir));
  const toChange = (event: keyof typeof events, file: string): SourceChange => {
    const absolute = path.resolve(file);
    if (isInside(absolute, contentDir)) {
      const shown = path.join(options.contentDir, path.relative(contentDir, absolute));
      return { event: events[event], file: absolute, shown, source: "content" };
    }
    const root = templateRoots.find((templateRoot) => isInside(absolute, templateRoot)) ?? absolute;
    const shown = path.relative(path.dirname(root), absolute);
    return { event: events[event], file: absolute, shown, source: "templates" };
  };
  const watcher = watch(roots, { ignoreInitial: true, ignored });
  watcher.on("all", (event, file) => {
    if (event in events) options.onChange(toChange(event as keyof typeof events, file));
  });
  watcher.on("error", (error) => options.onError(error instanceof Error ? error : new Error(String(error))));
  await new Promise<void>((resolve) => watcher.once("ready", resolve));
  return { close: () => watcher.close() };
}
