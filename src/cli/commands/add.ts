import { defineCommand } from "citty";
import { addArticles } from "../../ingest/index.ts";
import { cacheOption, contentOption, requireFolder } from "../options.ts";

export const addCommand = defineCommand({
  meta: {
    name: "add",
    description: "Validate article files (or folders of them) and copy them into the content folder.",
  },
  args: {
    files: { type: "positional", description: "article files or folders", required: true },
    content: contentOption,
    cache: cacheOption,
  },
  async run({ args }) {
    await requireFolder(args.content, "--content");
    const outcomes = await addArticles(args._.map(String), args.content, { cacheDir: args.cache });
    for (const outcome of outcomes) {
      if (outcome.kind === "refused") {
        const line = outcome.line === undefined ? "" : `:${outcome.line}`;
        console.error(`${outcome.file}${line}: not added: ${outcome.reason}`);
        process.exitCode = 1;
        continue;
      }
      console.log(`added ${outcome.file} as ${args.content}/${outcome.sourcePath} → ${outcome.record.url}`);
      if (outcome.likelyDuplicateOf !== undefined) {
        console.error(
          `warning: ${outcome.sourcePath} has the same headline and date as ${outcome.likelyDuplicateOf}; both are kept`,
        );
      }
    }
  },
});
