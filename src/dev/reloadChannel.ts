import type { IncomingMessage, ServerResponse } from "node:http";

/** Open Server-Sent Events streams to the pages a browser is showing. */
export interface ReloadChannel {
  /** Answers a request for the event stream and keeps it open. */
  connect(request: IncomingMessage, response: ServerResponse): void;
  /** Sends every open page a `reload` event. */
  reload(): void;
  close(): void;
}

/** How soon a browser reconnects after losing the stream, e.g. when the dev server restarts. */
const retryMs = 1000;

export function createReloadChannel(): ReloadChannel {
  const pages = new Set<ServerResponse>();
  return {
    connect(request, response) {
      response.writeHead(200, {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-cache",
        Connection: "keep-alive",
      });
      response.write(`retry: ${retryMs}\n\n`);
      pages.add(response);
      request.once("close", () => pages.delete(response));
    },
    reload() {
      for (const page of pages) page.write(`event: reload\ndata: ${Date.now()}\n\n`);
    },
    close() {
      for (const page of pages) page.end();
      pages.clear();
    },
  };
}
