import {
  request as forward,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import { pipeline } from "node:stream";
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

/** Copies the static server's answer to the browser, adding `scriptTag` to an HTML page. */
async function relay(
  reply: IncomingMessage,
  request: IncomingMessage,
  response: ServerResponse,
  scriptTag: string,
): Promise<void> {
  const status = reply.statusCode ?? 502;
  const headers = endToEndHeaders(reply.headers);
  const isPage = reply.headers["content-type"]?.startsWith("text/html") && request.method !== "HEAD";
  if (!isPage) {
    response.writeHead(status, headers);
    // A static server that breaks off mid-answer must cut the browser's connection too, not leave it waiting.
    pipeline(reply, response, () => {});
    return;
  }
  const page = injectScriptTag(await readText(reply), scriptTag);
  response.writeHead(status, { ...headers, "content-length": Buffer.byteLength(page) }).end(page);
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
    const fail = (error: Error) => {
      if (response.headersSent) response.destroy();
      else response.writeHead(502, { "Content-Type": "text/plain; charset=utf-8" }).end(`${error.message}\n`);
    };
    const upstream = forward(
      { host: siteUrl.hostname, port: siteUrl.port, path: request.url, method: request.method },
      (reply) => {
        relay(reply, request, response, scriptTag).catch(fail);
      },
    );
    upstream.on("error", fail);
    request.pipe(upstream);
  };
}
