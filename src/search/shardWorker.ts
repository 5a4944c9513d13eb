import { parentPort } from "node:worker_threads";
import { closePagefind, indexOneShard, type ShardJob } from "./indexOneShard.ts";

parentPort?.on("message", async (job: ShardJob | "close") => {
  if (job === "close") {
    await closePagefind();
    parentPort?.postMessage("closed");
    return;
  }
  parentPort?.postMessage(await indexOneShard(job));
});
