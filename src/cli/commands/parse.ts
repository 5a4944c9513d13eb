import { readFile } from "node:fs/promises";
import path from "node:path";
import { defineCommand } from "citty";
import {
  ArticleError,
  type ArticleRecord,
  currentDay,
  formatProblem,
  parseArticle,
} from "../../ingest/index.ts";
import { contentOption } from "../options.ts";

export const parseCommand = defineCommand({
  meta: { name: "parse", description: "Print the records of article files as a JSON array." },
  args: {
    files: { type: "positional", description: "article files (.txt or .md)", required: true },
    content: contentOption,
  },
  async run({ args }) {
    const files = args._.map(String);
    const records: ArticleRecord[] = [];
    for (const file of files) {
      const sourcePath = sourcePathOf(file, args.content);
      try {
        records.push(parseArticle({ bytes: await readFile(file), sourcePath, today: currentDay() }));
      } catch (error) {
        if (!(error instanceof ArticleError) && !isFileSystemError(error)) throw error;
        const problem =
          error instanceof ArticleError ? error : new ArticleError("unreadable", file, error.message);
        console.error(formatProblem(problem, file));
        process.exitCode = 1;
      }
    }
    process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
  },
});

/** A file inside the content folder gets the same sourcePath, and so the same id, as in a build. */
function sourcePathOf(file: string, contentDir: string): string {
  const relative = path.relative(contentDir, file);
  const inside = relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  return (inside ? relative : path.basename(file)).split(path.sep).join("/");
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";
}
