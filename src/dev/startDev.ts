import { eleventyConfigPath, layoutsDir } from "../site/projectFiles.ts";
import type { SiteConfig } from "../site/siteConfig.ts";
import { batchUntilQuiet } from "./debounce.ts";
import { startDevServer } from "./devServer.ts";
import { createRebuildQueue } from "./rebuildQueue.ts";
import { reportBuild } from "./reportBuild.ts";
import { createSiteBuilder } from "./siteBuilder.ts";
import type { BuildRequest, DevLog, SourceChange } from "./types.ts";
import { watchSources } from "./watchSources.ts";

export interface DevOptions {
  /** Folder of source articles. */
  contentDir: string;
  /** Folder the site is built into and served from. */
  outDir: string;
  /** Folder for parsed records and build state. Default: no cache. */
  cacheDir?: string;
  site: SiteConfig;
  /** Default 0: any free port. */
  port?: number;
  /** Files and folders of templates to watch. Default: `layouts/`, `.eleventy.ts` and the owner's layouts folder. */
  templatePaths?: readonly string[];
  /** How long changes must stop before a rebuild starts. Default 200 ms. */
  quietMs?: number;
  /** Where progress lines go. Default: the console. */
  log?: DevLog;
}

export interface DevSession {
  /** Base URL of the site, prefix included. */
  url: string;
  /** Stops watching, lets a running build finish, and stops serving. */
  close(): Promise<void>;
}

/** Builds, serves with live reload, and rebuilds whenever an article or a template changes. */
export async function startDev(options: DevOptions): Promise<DevSession> {
  const log = options.log ?? { info: console.log, error: console.error };
  const request: BuildRequest = {
    contentDir: options.contentDir,
    outDir: options.outDir,
    site: options.site,
  };
  if (options.cacheDir !== undefined) request.cacheDir = options.cacheDir;
  const server = await startDevServer({
    root: options.outDir,
    port: options.port ?? 0,
    pathPrefix: options.site.pathPrefix,
  });
  const builder = createSiteBuilder();
  const queue = createRebuildQueue<SourceChange>(async (changes) => {
    if (changes.some((change) => change.source === "templates")) await builder.reloadTemplates();
    const started = performance.now();
    const outcome = await builder.build(request);
    reportBuild(log, { outcome, changes, seconds: (performance.now() - started) / 1000 });
    if (outcome.kind === "built" && !outcome.unchanged) server.reload();
  });
  const batcher = batchUntilQuiet<SourceChange>(options.quietMs ?? 200, (changes) => queue.request(changes));
  const watcher = await watchSources({
    contentDir: options.contentDir,
    templatePaths: options.templatePaths ?? [
      layoutsDir,
      eleventyConfigPath,
      ...(options.site.layoutsDir === undefined ? [] : [options.site.layoutsDir]),
    ],
    outDir: options.outDir,
    onChange: (change) => batcher.add(change),
    onError: (error) => log.error(`watching failed: ${error.message}`),
  }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  queue.request([]);
  await queue.idle();
  return {
    url: server.url,
    close: async () => {
      await watcher.close();
      batcher.cancel();
      await queue.idle();
      await builder.close();
      await server.close();
    },
  };
}
