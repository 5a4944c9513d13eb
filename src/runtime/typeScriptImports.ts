import { isCompiled } from "./codeLocation.ts";

let canImport = !isCompiled;

/**
 * Lets this process import TypeScript, as an owner's layouts are written, when it runs compiled; through tsx it
 * already can.
 */
export async function allowTypeScriptImports(): Promise<void> {
  if (canImport) return;
  const { register } = await import("tsx/esm/api");
  register();
  canImport = true;
}
