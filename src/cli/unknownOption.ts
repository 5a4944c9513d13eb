/** The part of a citty argument definition that names it on the command line. */
export interface OptionNames {
  type?: string;
  alias?: string | string[];
}

/** citty accepts any option; a typo such as `--contnet` must fail instead of being silently ignored. */
export function findUnknownOption(
  args: Record<string, OptionNames>,
  rawArgs: readonly string[],
): string | undefined {
  const known = new Set(["help", "h"]);
  for (const [name, definition] of Object.entries(args)) {
    if (definition.type === "positional") continue;
    known.add(name);
    if (definition.type === "boolean") known.add(`no-${name}`);
    const aliases = definition.alias === undefined ? [] : [definition.alias].flat();
    for (const alias of aliases) known.add(alias);
  }
  for (const arg of rawArgs) {
    if (arg === "--") return undefined;
    const name = /^--?([^=]+)/.exec(arg)?.[1];
    if (name !== undefined && !known.has(name)) return arg.split("=")[0];
  }
  return undefined;
}
