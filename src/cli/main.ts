import { type CommandDef, defineCommand, runCommand, showUsage } from "citty";
import { ArticleError } from "../ingest/errors.ts";
import { addCommand } from "./commands/add.ts";
import { buildCommand } from "./commands/build.ts";
import { checkCommand } from "./commands/check.ts";
import { devCommand } from "./commands/dev.ts";
import { parseCommand } from "./commands/parse.ts";
import { searchCommand } from "./commands/search.ts";
import { serveCommand } from "./commands/serve.ts";
import { findUnknownOption, type OptionNames } from "./unknownOption.ts";
import { UserError } from "./userError.ts";

const subCommands = {
  parse: parseCommand,
  check: checkCommand,
  build: buildCommand,
  serve: serveCommand,
  add: addCommand,
  search: searchCommand,
  dev: devCommand,
};

const main = defineCommand({
  meta: {
    name: "newsarchive",
    description: "Build a static, searchable news archive from a folder of articles.",
  },
  subCommands,
});

async function run(rawArgs: string[]): Promise<void> {
  const [name, ...rest] = rawArgs;
  if (name === undefined || name === "--help" || name === "-h") return showUsage(main);
  if (!Object.hasOwn(subCommands, name))
    throw new UserError(`unknown command "${name}" (see newsarchive --help)`);
  // Each command's literal argument types are narrower than citty's general CommandDef.
  const command = subCommands[name as keyof typeof subCommands] as unknown as CommandDef;
  if (rest.includes("--help") || rest.includes("-h")) return showUsage(command, main);
  const unknown = findUnknownOption((command.args ?? {}) as Record<string, OptionNames>, rest);
  if (unknown !== undefined)
    throw new UserError(`${name}: unknown option ${unknown} (see newsarchive ${name} --help)`);
  await runCommand(main, { rawArgs });
}

try {
  await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UserError || error instanceof ArticleError) {
    console.error(`newsarchive: ${error.message}`);
    process.exitCode = 1;
  } else if (error instanceof Error && error.name === "CLIError") {
    console.error(`newsarchive: ${error.message} (see newsarchive --help)`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
