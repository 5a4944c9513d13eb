import { createHash, randomUUID } from "node:crypto";
import { cp, mkdir, readFile, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { UserError } from "../cli/userError.ts";
import { pathExists } from "../runtime/pathExists.ts";
import { allowTypeScriptImports } from "../runtime/typeScriptImports.ts";
import {
  builtInInput,
  type EleventyInput,
  layoutsDir,
  projectRoot,
  typeScriptInput,
} from "./projectFiles.ts";
import { listFiles } from "./siteFiles.ts";

/** The `node_modules` folder the built-in layouts' packages (d3-geo, world-atlas) resolve from. */
function packagesDir(): string {
  const resolved = createRequire(import.meta.url).resolve("d3-geo");
  const marker = `${path.sep}node_modules${path.sep}`;
  return resolved.slice(0, resolved.lastIndexOf(marker) + marker.length - 1);
}

/** A hash of the owner's layout files, names and bytes: part of the build fingerprint. */
export async function hashOwnerLayouts(ownerDir: string): Promise<string> {
  const info = await stat(ownerDir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UserError(`layoutsDir ${ownerDir}: no such folder`);
  const hash = createHash("sha256");
  for (const file of (await listFiles(ownerDir)).sort()) {
    hash
      .update(file)
      .update("\0")
      .update(await readFile(path.join(ownerDir, file)));
  }
  return hash.digest("hex");
}

/**
 * Eleventy's input: the built-in layouts, or, when the owner has a folder of their own, a copy of the built-in
 * ones' sources with the owner's files laid over them, file by file. The copy sits beside links to newsarchive's
 * `src` and packages, so `../src/…` imports of the built-in templates resolve as they do in place. It is named by
 * the hash of both folders and made once; a build that finds it made uses it. Owners write TypeScript, so even a
 * compiled newsarchive then loads the templates through tsx.
 */
export async function layoutsInput(ownerDir: string | undefined): Promise<EleventyInput> {
  if (ownerDir === undefined) return builtInInput;
  await allowTypeScriptImports();
  return typeScriptInput(await overlayFolder(ownerDir));
}

async function overlayFolder(ownerDir: string): Promise<string> {
  const hash = createHash("sha256")
    .update(await hashOwnerLayouts(ownerDir))
    .update(await hashOwnerLayouts(layoutsDir))
    .digest("hex")
    .slice(0, 16);
  const root = path.join(os.tmpdir(), `newsarchive-layouts-${hash}`);
  const input = path.join(root, "layouts");
  if (await pathExists(input)) return input;
  const staging = `${root}.${randomUUID()}`;
  await mkdir(staging, { recursive: true });
  await cp(layoutsDir, path.join(staging, "layouts"), { recursive: true });
  await cp(ownerDir, path.join(staging, "layouts"), { recursive: true, force: true });
  // Templates are ES modules, as newsarchive's package.json says of the originals.
  await writeFile(path.join(staging, "package.json"), '{ "type": "module" }\n');
  await symlink(path.join(projectRoot, "src"), path.join(staging, "src"), "dir");
  await symlink(packagesDir(), path.join(staging, "node_modules"), "dir");
  // Another build may have made the same folder meanwhile: theirs is equal, so ours is dropped.
  await rename(staging, root).catch(() => rm(staging, { recursive: true, force: true }));
  return input;
}
