import { Worker } from "node:worker_threads";

/**
 * Starts a worker thread running a TypeScript module. Worker threads do not inherit tsx's loader, so the worker
 * registers it before importing the module.
 */
export function startTypeScriptWorker(moduleUrl: URL): Worker {
  const tsx = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl.href)}); })`;
  return new Worker(bootstrap, { eval: true });
}
