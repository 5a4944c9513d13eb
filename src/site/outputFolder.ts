import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { UserError } from "../cli/userError.ts";
import { projectRoot } from "./projectFiles.ts";
import { listFiles, listFilesAside } from "./siteFiles.ts";
import { readSiteManifest, type SiteManifest, siteManifestFile } from "./siteManifest.ts";

/** The output folder cannot be used; nothing was touched. A user error: one line, exit code 1. */
export class OutputFolderError extends UserError {}

export interface GuardedFolders {
  contentDir: string;
  cacheDir?: string | undefined;
}

/** The real path of `target`, resolving the part of it that exists, so a folder not made yet still compares. */
async function realPathOf(target: string): Promise<string> {
  const absolute = path.resolve(target);
  const resolved = await realpath(absolute).catch(() => undefined);
  if (resolved !== undefined) return resolved;
  const parent = path.dirname(absolute);
  return parent === absolute ? absolute : path.join(await realPathOf(parent), path.basename(absolute));
}

function isSameOrInside(folder: string, container: string): boolean {
  const relative = path.relative(container, folder);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/**
 * Refuses an output folder that a build would destroy something in: the file system's root, a file, the content
 * folder or the cache (or a folder holding or inside them), the project or the working folder (or a folder holding
 * them), newsarchive's own code, and git's and npm's folders. Reads only; run it before anything is written.
 */
export async function checkOutputPath(outDir: string, guarded: GuardedFolders): Promise<void> {
  const out = await realPathOf(outDir);
  const shown = `--out ${outDir}`;
  if (path.parse(out).root === out) throw new OutputFolderError(`${shown} is the root of the file system`);
  const info = await stat(out).catch(() => undefined);
  if (info && !info.isDirectory()) throw new OutputFolderError(`${shown} is a file, not a folder`);
  const inputs = [
    { folder: guarded.contentDir, what: "the content folder" },
    ...(guarded.cacheDir === undefined ? [] : [{ folder: guarded.cacheDir, what: "the cache" }]),
  ];
  for (const { folder, what } of inputs) {
    const real = await realPathOf(folder);
    if (isSameOrInside(real, out)) throw new OutputFolderError(`${shown} would replace ${what} ${folder}`);
    if (isSameOrInside(out, real)) throw new OutputFolderError(`${shown} lies inside ${what} ${folder}`);
  }
  for (const { folder, what } of [
    { folder: projectRoot, what: "newsarchive's own folder" },
    { folder: process.cwd(), what: "the working folder" },
  ]) {
    if (isSameOrInside(await realPathOf(folder), out)) {
      throw new OutputFolderError(`${shown} would replace ${what} ${folder}`);
    }
  }
  for (const code of ownCodeFolders) {
    if (isSameOrInside(out, path.join(await realPathOf(projectRoot), code)))
      throw new OutputFolderError(`${shown} lies inside newsarchive's own ${code} folder`);
  }
  const toolFolder = out.split(path.sep).find((segment) => toolFolders.has(segment));
  if (toolFolder !== undefined) throw new OutputFolderError(`${shown} lies inside a ${toolFolder} folder`);
}

/** What the build reads as its own code: a site written there would be read as code by the next build. */
const ownCodeFolders = ["src", "layouts", "scripts", "tests"];

/** Folders that belong to git and npm, which a site must never be written into. */
const toolFolders = new Set([".git", "node_modules"]);

/** What a build finds in its output folder, once `checkOutputPath` has passed. */
export interface OutputFolderContents {
  /** The manifest of the site there; undefined for a new or empty folder. */
  manifest: SiteManifest | undefined;
  /** Whether every file the manifest lists is there, so the site can be updated rather than rebuilt. */
  complete: boolean;
}

/**
 * How far `inspectOutputFolder` looks: at every file, or at the names in the site's first two levels, which is a
 * tenth of the work (no article folder is opened) and still sees a deleted folder, a deleted article or a file
 * added at the top, such as a `CNAME`.
 */
export type InspectionDepth = "every file" | "first two levels";

/**
 * Refuses a folder that holds anything a build did not write (a git work tree, someone's files, another tool's
 * site), since a build replaces the folder; a site of ours with files missing is reported as incomplete.
 */
export async function inspectOutputFolder(
  outDir: string,
  givenAs: string,
  depth: InspectionDepth,
): Promise<OutputFolderContents> {
  const shown = `--out ${givenAs}`;
  const entries = await readdir(outDir).catch((): string[] => []);
  if (entries.length === 0) return { manifest: undefined, complete: false };
  if (entries.includes(".git"))
    throw new OutputFolderError(`${shown} is a git work tree; build into its own folder`);
  const manifest = await readSiteManifest(outDir);
  if (manifest === undefined) {
    throw new OutputFolderError(
      `${shown} holds files newsarchive did not write (it has no ${siteManifestFile}); empty it or choose another folder`,
    );
  }
  const everyFile = depth === "every file";
  const listed = new Set(everyFile ? manifest.files : manifest.files.flatMap(firstTwoLevelsOf));
  const present = (await listPresent(outDir, depth, listed.size)).filter((file) => file !== siteManifestFile);
  const foreign = present.find((file) => !listed.has(file));
  if (foreign !== undefined) {
    throw new OutputFolderError(
      `${shown} holds ${foreign}, which newsarchive did not write; move it away or choose another folder`,
    );
  }
  return { manifest, complete: present.length === listed.size };
}

/** Below this many files, starting a thread costs more than the walk it would take off the build thread. */
const filesWorthAThread = 5_000;

function listPresent(outDir: string, depth: InspectionDepth, expected: number): Promise<string[]> {
  if (depth === "first two levels") return namesInFirstTwoLevels(outDir);
  return expected < filesWorthAThread ? listFiles(outDir) : listFilesAside(outDir);
}

/** `a` and `a/b` for `a/b/c.html`: the names a file puts in the site's first two levels. */
function firstTwoLevelsOf(file: string): string[] {
  const [first, second] = file.split("/");
  return second === undefined ? [file] : [first ?? file, `${first}/${second}`];
}

async function namesInFirstTwoLevels(root: string): Promise<string[]> {
  const top = await readdir(root, { withFileTypes: true });
  const below = await Promise.all(
    top
      .filter((entry) => entry.isDirectory())
      .map(async (folder) =>
        (await readdir(path.join(root, folder.name))).map((name) => `${folder.name}/${name}`),
      ),
  );
  return [...top.map((entry) => entry.name), ...below.flat()];
}
