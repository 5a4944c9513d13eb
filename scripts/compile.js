// Compiles newsarchive's TypeScript (src, layouts and the Eleventy configuration) into a plain-JavaScript copy
// that the CLI runs. Through tsx, every module a build loads, in the main thread and in each worker thread, went
// through a loader thread of its own: seconds of every rebuild. Plain JavaScript, not TypeScript, since the bin
// runs this before anything else can load.
import { createHash } from "node:crypto";
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Three levels below the project, as `src/runtime/codeLocation.ts` expects. */
const copiesFolder = path.join(projectRoot, "node_modules", ".cache");
const copyPrefix = "newsarchive-";
const sourceInputs = ["src", "layouts", ".eleventy.ts"];
/** Written last: a copy without it was cut short. */
const completeMarker = "package.json";

/** Every file of the inputs, relative to the project, sorted. */
async function listSources() {
  const files = [];
  for (const input of sourceInputs) {
    const full = path.join(projectRoot, input);
    if ((await stat(full)).isFile()) files.push(input);
    else {
      for (const entry of await readdir(full, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) files.push(path.relative(projectRoot, path.join(entry.parentPath, entry.name)));
      }
    }
  }
  return files.sort();
}

async function hashSources(files) {
  const hash = createHash("sha256");
  for (const file of files)
    hash
      .update(file)
      .update("\0")
      .update(await readFile(path.join(projectRoot, file)));
  return hash.digest("hex").slice(0, 16);
}

/**
 * Each module compiled on its own, imports left as imports: a relative `.ts` import becomes `.js`, so every file
 * keeps its place and its `import.meta.url` relative to the others.
 */
const keepImports = {
  name: "keep-imports",
  setup(compiler) {
    compiler.onResolve({ filter: /.*/ }, ({ kind, path: specifier }) =>
      kind === "entry-point"
        ? undefined
        : { path: specifier.replace(/^(\.{1,2}\/.*)\.ts$/, "$1.js"), external: true },
    );
  },
};

async function compileInto(folder, files) {
  const typescript = files.filter((file) => file.endsWith(".ts"));
  await build({
    entryPoints: typescript.map((file) => path.join(projectRoot, file)),
    outdir: folder,
    outbase: projectRoot,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    plugins: [keepImports],
    logLevel: "silent",
  });
  for (const file of files.filter((name) => !name.endsWith(".ts"))) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await cp(path.join(projectRoot, file), path.join(folder, file));
  }
  await writeFile(path.join(folder, completeMarker), '{ "type": "module" }\n');
}

/**
 * The folder of the compiled copy of the current sources, compiled now if there is none. Named by a hash of the
 * sources, so an edited file gets a copy of its own and a stale copy is never run; older copies are removed.
 */
export async function compiledCopy() {
  const files = await listSources();
  const name = `${copyPrefix}${await hashSources(files)}`;
  const folder = path.join(copiesFolder, name);
  const isComplete = await stat(path.join(folder, completeMarker)).then(
    () => true,
    () => false,
  );
  if (!isComplete) {
    const partial = `${folder}.${process.pid}.partial`;
    await rm(partial, { recursive: true, force: true });
    await compileInto(partial, files);
    // Another process may have made the same copy meanwhile: theirs is equal, so ours is dropped.
    await rename(partial, folder).catch(() => rm(partial, { recursive: true, force: true }));
    await removeOlderCopies(name);
  }
  return folder;
}

/** A build still running from an older copy has loaded its code, but may yet start a worker from it: a day's grace. */
const graceMs = 24 * 60 * 60 * 1000;

async function removeOlderCopies(current) {
  for (const name of await readdir(copiesFolder)) {
    if (!name.startsWith(copyPrefix) || name === current) continue;
    const folder = path.join(copiesFolder, name);
    const { mtimeMs } = await stat(folder);
    if (Date.now() - mtimeMs > graceMs) await rm(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`compiled into ${path.relative(projectRoot, await compiledCopy())}`);
}
