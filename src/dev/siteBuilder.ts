import type { Worker } from "node:worker_threads";
import { startWorker } from "../runtime/startWorker.ts";
import type { BuildOutcome, BuildRequest } from "./types.ts";

/**
 * Builds the site in a worker thread. Node never reloads an imported module, so templates edited since the
 * worker loaded them are picked up only by a fresh worker; `reloadTemplates` asks for one.
 */
export interface SiteBuilder {
  /** Resolves with how the build ended; a crashed worker counts as a failed build. One build at a time. */
  build(request: BuildRequest): Promise<BuildOutcome>;
  /** Drops the worker, so the next build imports templates and code afresh. */
  reloadTemplates(): Promise<void>;
  close(): Promise<void>;
}

function startBuildWorker(): Worker {
  return startWorker(new URL("./buildWorker.ts", import.meta.url), { fromSources: true });
}

function runInWorker(worker: Worker, request: BuildRequest): Promise<BuildOutcome> {
  return new Promise((resolve) => {
    const settle = (outcome: BuildOutcome) => {
      worker.off("message", settle);
      worker.off("error", onError);
      worker.off("exit", onExit);
      resolve(outcome);
    };
    const onError = (error: Error) =>
      settle({ kind: "failed", message: `build worker crashed: ${error.message}` });
    const onExit = (code: number) =>
      settle({ kind: "failed", message: `build worker exited with code ${code}` });
    worker.on("message", settle);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage(request);
  });
}

export function createSiteBuilder(): SiteBuilder {
  let worker: Worker | undefined;
  const dropWorker = async () => {
    const retired = worker;
    worker = undefined;
    await retired?.terminate();
  };
  return {
    async build(request) {
      worker ??= startBuildWorker();
      const outcome = await runInWorker(worker, request);
      // A crash or a throwing template may leave the worker broken; the next build starts from scratch.
      if (outcome.kind === "failed") await dropWorker();
      return outcome;
    },
    reloadTemplates: dropWorker,
    close: dropWorker,
  };
}
