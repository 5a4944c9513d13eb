import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Answers 400 to a request target that no URL parser accepts (the HTTP parser lets through `http://[/`), and
 * says whether it did.
 */
export function refuseUnparsableTarget(request: IncomingMessage, response: ServerResponse): boolean {
  if (URL.canParse(request.url ?? "/", "http://localhost")) return false;
  response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("Bad request\n");
  return true;
}

/** A failed answer costs one request, never the server; the error still reaches the console. */
export function failRequest(response: ServerResponse, error: unknown): void {
  console.error(error);
  if (response.headersSent) response.destroy();
  else
    response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end("Internal server error\n");
}
