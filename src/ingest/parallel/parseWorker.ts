import { parentPort } from "node:worker_threads";
import type { ParseJob } from "./messages.ts";
import { parseJobs } from "./parseJobs.ts";

parentPort?.on("message", (jobs: ParseJob[]) => {
  parentPort?.postMessage(parseJobs(jobs));
});
