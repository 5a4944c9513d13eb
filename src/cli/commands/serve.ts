import { stat } from "node:fs/promises";
import path from "node:path";
import { defineCommand } from "citty";
import { startStaticServer } from "../../serve/index.ts";
import { resolveSiteConfig } from "../../site/index.ts";
import { parsePort } from "../options.ts";
import { UserError } from "../userError.ts";

export const serveCommand = defineCommand({
  meta: { name: "serve", description: "Serve the built site on 127.0.0.1; needs no network." },
  args: {
    out: { type: "string", description: "Folder of the built site", default: "_site", valueHint: "DIR" },
    port: {
      type: "string",
      description: "Port to listen on (0 picks a free one)",
      default: "8080",
      valueHint: "N",
    },
    "path-prefix": {
      type: "string",
      description: "Path the site was built for, e.g. /archive/ (env NEWSARCHIVE_PATH_PREFIX)",
      valueHint: "PATH",
    },
  },
  async run({ args }) {
    const { pathPrefix } = resolveSiteConfig({ pathPrefix: args["path-prefix"] });
    const port = parsePort(args.port);
    const built = await stat(path.join(args.out, "index.html")).then(
      () => true,
      () => false,
    );
    if (!built) throw new UserError(`no built site in "${args.out}"; run newsarchive build first`);
    const server = await startStaticServer({ root: args.out, port, pathPrefix }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === "EADDRINUSE") throw new UserError(`port ${port} is in use; pass --port N`);
        throw error;
      },
    );
    console.log(`Serving ${args.out} at ${server.url} (Ctrl+C to stop)`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  },
});
