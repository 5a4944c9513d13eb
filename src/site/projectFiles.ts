import path from "node:path";
import { fileURLToPath } from "node:url";

// Resolved from this file, not the working directory, so `npx newsarchive build` works from anywhere.
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Eleventy's input: the typed templates and their assets. */
export const layoutsDir = path.join(projectRoot, "layouts");

/** The thin Eleventy configuration. */
export const eleventyConfigPath = path.join(projectRoot, ".eleventy.ts");
