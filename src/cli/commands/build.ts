import path from "node:path";
import { defineCommand } from "citty";
import { formatProblem } from "../../ingest/index.ts";
import { buildSite, ContentProblemsError, resolveSiteConfig, streamProgress } from "../../site/index.ts";
import { contentOption, requireFolder } from "../options.ts";
import { UserError } from "../userError.ts";

export const buildCommand = defineCommand({
  meta: { name: "build", description: "Ingest the articles, render the site and build its search index." },
  args: {
    content: contentOption,
    out: { type: "string", description: "Folder to write the site to", default: "_site", valueHint: "DIR" },
    "site-url": {
      type: "string",
      description: "Public URL of the host, for canonical links and feeds (env NEWSARCHIVE_SITE_URL)",
      valueHint: "URL",
    },
    "path-prefix": {
      type: "string",
      description: "Path the site is served under, e.g. /archive/ (env NEWSARCHIVE_PATH_PREFIX)",
      valueHint: "PATH",
    },
    "skip-invalid": {
      type: "boolean",
      description: "Publish the valid articles when some are rejected, and list what was skipped",
    },
    cache: {
      type: "string",
      description: "Folder for parsed records and build state, so unchanged articles are not parsed again",
      default: ".cache/newsarchive",
      valueHint: "DIR",
    },
  },
  async run({ args }) {
    const site = resolveSiteConfig({ siteUrl: args["site-url"], pathPrefix: args["path-prefix"] });
    await requireFolder(args.content, "--content");
    const shown = (problem: Parameters<typeof formatProblem>[0]) =>
      formatProblem(problem, path.join(args.content, problem.sourcePath));
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
