import path from "node:path";
import { defineCommand } from "citty";
import { formatProblem, ingestFolder } from "../../ingest/index.ts";
import { contentOption, requireFolder } from "../options.ts";

export const checkCommand = defineCommand({
  meta: {
    name: "check",
    description: "Validate every article and print every problem as path:line: message.",
  },
  args: { content: contentOption },
  async run({ args }) {
    await requireFolder(args.content, "--content");
    const { records, problems } = await ingestFolder(args.content);
    for (const problem of problems)
      console.error(formatProblem(problem, path.join(args.content, problem.sourcePath)));
    console.log(
      `${records.length} article${records.length === 1 ? "" : "s"} valid, ${problems.length} with problems`,
    );
    if (problems.length > 0) process.exitCode = 1;
  },
});
