#!/usr/bin/env node
// The published bin. Node 20 cannot load TypeScript: it runs the compiled copy of the sources (scripts/compile.js),
// made now if they changed, or the sources themselves through tsx if no copy can be made.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { compiledCopy } from "./compile.js";

const compiled = await compiledCopy().catch((error) => {
  console.error(
    `newsarchive: running from the TypeScript sources, slower: no compiled copy (${String(error.message).split("\n")[0]})`,
  );
  return undefined;
});
if (compiled === undefined) {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
} else {
  await import(pathToFileURL(path.join(compiled, "src", "cli", "main.js")).href);
}
