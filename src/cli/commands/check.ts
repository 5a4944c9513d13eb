import path from "node:path";
import { defineCommand } from "citty";
import { formatProblem, ingestFolder } from "../../ingest/index.ts";
import { readConfigFile, resolveSiteConfig } from "../../site/index.ts";
import { configOption, contentOption, requireFolder } from "../options.ts";

export const checkCommand = defineCommand({
  meta: {
    name: "check",
    description: "Validate every article and print every problem as path:line: message.",
  },
  args: { content: contentOption, config: configOption },
  async run({ args }) {
    // The permalink decides which articles would share a page, so check judges as build will.
    const { permalink } = resolveSiteConfig({ file: await readConfigFile(args.config) });
    await requireFolder(args.content, "--content");
    const { records, problems } = await ingestFolder(args.content, { permalink });
    for (const problem of problems)
      console.error(formatProblem(problem, path.join(args.content, problem.sourcePath)));
    console.log(
      `${records.length} article${records.length === 1 ? "" : "s"} valid, ${problems.length} with problems`,
    );
    if (problems.length > 0) process.exitCode = 1;
  },
});
