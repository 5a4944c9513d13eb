import type { Worker } from "node:worker_threads";

/** Sends one message to a worker that answers each message with exactly one reply, and waits for the reply. */
export function askWorker<Reply>(worker: Worker, message: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const cleanUp = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
    };
    const onMessage = (reply: Reply) => {
      cleanUp();
      resolve(reply);
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.postMessage(message);
  });
}
