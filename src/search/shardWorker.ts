import { parentPort } from "node:worker_threads";
import { closePagefind, indexOneShard, type ShardJob } from "./indexOneShard.ts";
import { PageArrivals } from "./pageArrivals.ts";

/** What the build thread tells a shard thread of the pages it writes (`PageArrivals` there, mirrored here). */
export type ArrivalsMessage = { written: readonly string[] } | { ended: true; error?: string };

const arrivals = new PageArrivals();

parentPort?.on("message", async (message: ShardJob | ArrivalsMessage | "close") => {
  if (message === "close") {
    await closePagefind();
    parentPort?.postMessage("closed");
  } else if ("written" in message) {
    arrivals.add(message.written);
  } else if ("ended" in message) {
    arrivals.end(message.error === undefined ? undefined : new Error(message.error));
  } else {
    parentPort?.postMessage(await indexOneShard(message, arrivals));
  }
});
