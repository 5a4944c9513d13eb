import path from "node:path";
import { defineCommand } from "citty";
import { pathExists } from "../../runtime/pathExists.ts";
import { startStaticServer } from "../../serve/index.ts";
import { readConfigFile, resolveSiteConfig } from "../../site/index.ts";
import { configOption, outOption, parsePort, pathPrefixOption, portOption } from "../options.ts";
import { UserError } from "../userError.ts";

export const serveCommand = defineCommand({
  meta: { name: "serve", description: "Serve the built site on 127.0.0.1; needs no network." },
  args: {
    out: outOption,
    port: portOption,
    "path-prefix": pathPrefixOption,
    config: configOption,
  },
  async run({ args }) {
    const file = await readConfigFile(args.config);
    const { pathPrefix } = resolveSiteConfig({ pathPrefix: args["path-prefix"], file });
    const port = parsePort(args.port);
    if (!(await pathExists(path.join(args.out, "index.html"))))
      throw new UserError(`no built site in "${args.out}"; run newsarchive build first`);
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
