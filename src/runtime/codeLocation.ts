import path from "node:path";
import { fileURLToPath } from "node:url";

/** True when this code runs as the plain-JavaScript copy that `scripts/compile.js` makes, not through tsx. */
export const isCompiled = import.meta.url.endsWith(".js");

/** The folder holding `src/` as this code runs: the project, or its compiled copy. */
export const codeRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The project: its sources, layouts, lock file and packages. The compiled copy sits three levels below it, in
 * `node_modules/.cache/<copy>/`.
 */
export const projectRoot = isCompiled ? path.resolve(codeRoot, "../../..") : codeRoot;

/** The file a module, named by its TypeScript source, runs from: its compiled copy when this code is compiled. */
export function runnableModule(sourceUrl: URL): URL {
  return isCompiled ? new URL(sourceUrl.href.replace(/\.ts$/, ".js")) : sourceUrl;
}
