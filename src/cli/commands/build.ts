import { stat } from "node:fs/promises";
import { defineCommand } from "citty";
import { buildSite, ContentProblemsError, resolveSiteConfig } from "../../site/index.ts";
import { UserError } from "../userError.ts";

async function requireFolder(folder: string): Promise<void> {
  const isFolder = await stat(folder).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
  if (!isFolder) throw new UserError(`content folder "${folder}" does not exist; pass --content DIR`);
}

export const buildCommand = defineCommand({
  meta: { name: "build", description: "Ingest the articles, render the site and build its search index." },
  args: {
    content: {
      type: "string",
      description: "Folder of source articles",
      default: "content",
      valueHint: "DIR",
    },
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
  },
  async run({ args }) {
    const site = resolveSiteConfig({ siteUrl: args["site-url"], pathPrefix: args["path-prefix"] });
    await requireFolder(args.content);
    try {
      const result = await buildSite({ contentDir: args.content, outDir: args.out, site });
      const count = result.archive.articles.length;
      console.log(
        `Built ${count} ${count === 1 ? "article" : "articles"} into ${args.out} (${site.siteUrl}${site.pathPrefix})`,
      );
    } catch (error) {
      if (!(error instanceof ContentProblemsError)) throw error;
      for (const problem of error.problems) console.error(problem.message);
      throw new UserError(`${error.message}; ${args.out} was left unchanged`);
    }
  },
});
