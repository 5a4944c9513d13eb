import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { codeRoot, isCompiled, projectRoot, runnableModule } from "./codeLocation.ts";

export interface StartWorkerOptions {
  /**
   * Run the TypeScript source through tsx even when this code is compiled. Default false. The dev server's builds
   * need it: they must pick up templates edited since the CLI started, and its compiled copy never does.
   */
  fromSources?: boolean;
}

/** Starts a worker thread running a module of this code, named by its TypeScript source (`new URL("./x.ts", …)`). */
export function startWorker(sourceUrl: URL, { fromSources = false }: StartWorkerOptions = {}): Worker {
  if (isCompiled && !fromSources) return new Worker(runnableModule(sourceUrl));
  // A compiled copy's URL names the file the source has in the project.
  const source = isCompiled
    ? pathToFileURL(fileURLToPath(sourceUrl).replace(codeRoot, projectRoot))
    : sourceUrl;
  // Worker threads do not inherit tsx's loader: the worker registers it before importing the module.
  const tsx = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source.href)}); })`;
  return new Worker(bootstrap, { eval: true });
}
