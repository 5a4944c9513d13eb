import { type CommandDef, defineCommand, runCommand, showUsage } from "citty";
import { ArticleError } from "../ingest/errors.ts";
import { findUnknownOption, type OptionNames } from "./unknownOption.ts";
import { UserError } from "./userError.ts";

// Each command's literal argument types are narrower than citty's general CommandDef.
const asCommand = (command: unknown) => command as CommandDef;

/** Loaded on demand: `parse` should not pay for loading Eleventy, Pagefind and a file watcher. */
const subCommands: Record<string, () => Promise<CommandDef>> = {
  parse: () => import("./commands/parse.ts").then((module) => asCommand(module.parseCommand)),
  check: () => import("./commands/check.ts").then((module) => asCommand(module.checkCommand)),
  build: () => import("./commands/build.ts").then((module) => asCommand(module.buildCommand)),
  serve: () => import("./commands/serve.ts").then((module) => asCommand(module.serveCommand)),
  add: () => import("./commands/add.ts").then((module) => asCommand(module.addCommand)),
  search: () => import("./commands/search.ts").then((module) => asCommand(module.searchCommand)),
  dev: () => import("./commands/dev.ts").then((module) => asCommand(module.devCommand)),
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
  const load = Object.hasOwn(subCommands, name) ? subCommands[name] : undefined;
  if (load === undefined) throw new UserError(`unknown command "${name}" (see newsarchive --help)`);
  const command = await load();
  if (rest.includes("--help") || rest.includes("-h")) return showUsage(command, main);
  const unknown = findUnknownOption((command.args ?? {}) as Record<string, OptionNames>, rest);
  if (unknown !== undefined) {
    throw new UserError(`${name}: unknown option ${unknown} (see newsarchive ${name} --help)`);
  }
  await runCommand(command, { rawArgs: rest });
}

// A reader that stops early (`newsarchive search cyber | head -3`) wants no more output: end quietly, as Unix
// tools do, with the exit code the command had so far.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit();
});

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
