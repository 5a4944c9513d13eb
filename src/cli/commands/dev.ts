import { defineCommand } from "citty";
import { startDev } from "../../dev/index.ts";
import { checkOutputPath, readConfigFile, resolveSiteConfig } from "../../site/index.ts";
import {
  cacheOption,
  configOption,
  contentOption,
  outOption,
  parsePort,
  pathPrefixOption,
  portOption,
  requireFolder,
} from "../options.ts";
import { UserError } from "../userError.ts";

export const devCommand = defineCommand({
  meta: {
    name: "dev",
    description:
      "Build, serve on 127.0.0.1 and rebuild on every change to the articles or templates, with live reload.",
  },
  args: {
    content: contentOption,
    out: outOption,
    port: portOption,
    "path-prefix": pathPrefixOption,
    cache: cacheOption,
    config: configOption,
  },
  async run({ args }) {
    const file = await readConfigFile(args.config);
    const site = resolveSiteConfig({ pathPrefix: args["path-prefix"], file });
    const port = parsePort(args.port);
    await requireFolder(args.content, "--content");
    await checkOutputPath(args.out, { contentDir: args.content, cacheDir: args.cache });
    console.log(`Building ${args.content} into ${args.out}…`);
    const session = await startDev({
      contentDir: args.content,
      outDir: args.out,
      cacheDir: args.cache,
      site,
      port,
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") throw new UserError(`port ${port} is in use; pass --port N`);
      throw error;
    });
    console.log(
      `Serving ${args.out} at ${session.url} with live reload; watching ${args.content} (Ctrl+C to stop)`,
    );
    const stop = () => void session.close();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  },
});
