import path from "node:path";
import { defineCommand } from "citty";
import { formatProblem } from "../../ingest/errors.ts";
import {
  buildSite,
  ContentProblemsError,
  readConfigFile,
  resolveSiteConfig,
  siteUrlWarning,
  streamProgress,
} from "../../site/index.ts";
import {
  cacheOption,
  configOption,
  contentOption,
  outOption,
  pathPrefixOption,
  requireFolder,
} from "../options.ts";
import { stopBuildOnSignal } from "../stopOnSignal.ts";
import { UserError } from "../userError.ts";

export const buildCommand = defineCommand({
  meta: { name: "build", description: "Ingest the articles, render the site and build its search index." },
  args: {
    content: contentOption,
    out: outOption,
    "site-url": {
      type: "string",
      description: "Public URL of the host, for canonical links and feeds (env NEWSARCHIVE_SITE_URL)",
      valueHint: "URL",
    },
    "path-prefix": pathPrefixOption,
    "skip-invalid": {
      type: "boolean",
      description: "Publish the valid articles when some are rejected, and list what was skipped",
    },
    cache: cacheOption,
    config: configOption,
  },
  async run({ args }) {
    const file = await readConfigFile(args.config);
    const site = resolveSiteConfig({ siteUrl: args["site-url"], pathPrefix: args["path-prefix"], file });
    await requireFolder(args.content, "--content");
    const shown = (problem: Parameters<typeof formatProblem>[0]) =>
      formatProblem(problem, path.join(args.content, problem.sourcePath));
    stopBuildOnSignal(args.out);
    try {
      const result = await buildSite({
        contentDir: args.content,
        outDir: args.out,
        site,
        cacheDir: args.cache,
        skipInvalid: args["skip-invalid"] === true,
        progress: streamProgress(process.stderr),
      });
      for (const problem of result.skipped) console.error(`skipped ${shown(problem)}`);
      // After the build, so that a refused build still says one thing only.
      const warning = siteUrlWarning(site);
      if (warning !== undefined) console.error(warning);
      const count = `${result.articleCount} ${result.articleCount === 1 ? "article" : "articles"}`;
      const what = result.unchanged
        ? "Nothing changed"
        : `Built ${count}, ${result.changedFiles} files changed`;
      const skipped = result.skipped.length > 0 ? `; skipped ${result.skipped.length} invalid` : "";
      console.log(`${what}${skipped}: ${args.out} (${site.siteUrl}${site.pathPrefix})`);
    } catch (error) {
      if (!(error instanceof ContentProblemsError)) throw error;
      for (const problem of error.problems) console.error(shown(problem));
      throw new UserError(
        `${error.message}; ${args.out} was left unchanged (--skip-invalid publishes the rest)`,
      );
    }
  },
});
