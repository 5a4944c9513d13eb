import {
  request as forward,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import { injectScriptTag } from "./injectScriptTag.ts";

/** Headers that describe one connection and must not be copied to another. */
const hopByHop = new Set(["connection", "keep-alive", "transfer-encoding", "content-length"]);

function endToEndHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !hopByHop.has(name)));
}

async function readText(stream: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Passes a request to the static server at `siteUrl` and its answer back, adding `scriptTag` to HTML pages
 * (the site's 404 page too, so it reloads once the missing page is built); everything else streams through.
 */
export function proxyToSite(
  siteUrl: URL,
  scriptTag: string,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const upstream = forward(
      { host: siteUrl.hostname, port: siteUrl.port, path: request.url, method: request.method },
      (reply) => {
        const status = reply.statusCode ?? 502;
        const headers = endToEndHeaders(reply.headers);
        const isPage = reply.headers["content-type"]?.startsWith("text/html") && request.method !== "HEAD";
        if (!isPage) {
          response.writeHead(status, headers);
          reply.pipe(response);
          return;
        }
        readText(reply).then(
          (html) => {
            const page = injectScriptTag(html, scriptTag);
            response.writeHead(status, { ...headers, "content-length": Buffer.byteLength(page) }).end(page);
          },
          () => response.destroy(),
        );
      },
    );
    upstream.on("error", (error) => {
      if (response.headersSent) response.destroy();
      else response.writeHead(502, { "Content-Type": "text/plain; charset=utf-8" }).end(`${error.message}\n`);
    });
    request.pipe(upstream);
  };
}
