import path from "node:path";
import { codeRoot, isCompiled, projectRoot } from "../runtime/codeLocation.ts";

// Resolved from this file, not the working directory, so `npx newsarchive build` works from anywhere.
export { projectRoot };

/** The built-in templates' sources and their assets: what the build fingerprint covers, and owners lay theirs over. */
export const layoutsDir = path.join(projectRoot, "layouts");

/** The thin Eleventy configuration's source. */
export const eleventyConfigPath = path.join(projectRoot, ".eleventy.ts");

/** What Eleventy reads: a folder of templates and their assets, its configuration, and the templates' extension. */
export interface EleventyInput {
  dir: string;
  configPath: string;
  templateExtension: ".11ty.ts" | ".11ty.js";
}

/** Templates written in TypeScript, which only a process running tsx can import. */
export function typeScriptInput(dir: string): EleventyInput {
  return { dir, configPath: eleventyConfigPath, templateExtension: ".11ty.ts" };
}

/** The built-in templates as this code runs: compiled with it, or their sources. */
export const builtInInput: EleventyInput = isCompiled
  ? {
      dir: path.join(codeRoot, "layouts"),
      configPath: path.join(codeRoot, ".eleventy.js"),
      templateExtension: ".11ty.js",
    }
  : typeScriptInput(layoutsDir);
