import { parentPort } from "node:worker_threads";
import { listFiles } from "./siteFiles.ts";

parentPort?.once("message", async (root: string) => {
  parentPort?.postMessage(await listFiles(root));
});
