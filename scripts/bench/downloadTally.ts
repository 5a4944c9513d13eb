import type { BrowserContext, Request } from "playwright-core";
import { UserError } from "../../src/cli/userError.ts";
import type { DownloadTally } from "./resultTypes.ts";

export interface DownloadCounter {
  /** What has been downloaded so far; call after `quiet()` for a complete count. */
  tally(): Promise<DownloadTally>;
  /** Resolves once no request has been in flight for `quietMs`; fails after `timeoutMs`. */
  quiet(quietMs: number, timeoutMs: number): Promise<void>;
}

/** A response's bytes on the wire: headers and body as received, before any decompression. */
async function transferBytes(request: Request): Promise<number> {
  const response = await request.response();
  // A page request answered by a service worker was fetched by the worker, whose own request is counted.
  if (response === null || response.fromServiceWorker()) return 0;
  const receivedBody = () =>
    response.body().then(
      (body) => body.length,
      () => 0,
    );
  // A service worker still saving the index when its page closes leaves requests whose sizes can't be read.
  const sizes = await request.sizes().catch(() => undefined);
  if (sizes === undefined) return receivedBody();
  // Chromium reports no body size for a dedicated worker's script (pagefind-worker.js); its body is what came.
  const bodyBytes = sizes.responseBodySize > 0 ? sizes.responseBodySize : await receivedBody();
  return sizes.responseHeadersSize + bodyBytes;
}

/**
 * Counts every response the context receives over the network, the pages' and service workers' alike
 * (Chromium reports a worker's requests on its context).
 */
export function countDownloads(context: BrowserContext): DownloadCounter {
  const counted: Promise<{ url: string; bytes: number }>[] = [];
  let inFlight = 0;
  let lastChange = performance.now();
  const settle = () => {
    inFlight -= 1;
    lastChange = performance.now();
  };
  context.on("request", () => {
    inFlight += 1;
    lastChange = performance.now();
  });
  context.on("requestfailed", settle);
  context.on("requestfinished", (request) => {
    settle();
    counted.push(transferBytes(request).then((bytes) => ({ url: request.url(), bytes })));
  });
  return {
    async tally() {
      const responses = (await Promise.all(counted)).filter((response) => response.bytes > 0);
      const sum = (list: typeof responses) => list.reduce((total, response) => total + response.bytes, 0);
      return {
        totalBytes: sum(responses),
        pagefindBytes: sum(
          responses.filter((response) => new URL(response.url).pathname.includes("/pagefind/")),
        ),
        requests: responses.length,
      };
    },
    async quiet(quietMs, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      while (inFlight > 0 || performance.now() - lastChange < quietMs) {
        if (performance.now() > deadline) {
          throw new UserError(`the browser was still downloading after ${timeoutMs / 1000} s`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
