import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createGzip } from "node:zlib";
import { contentTypeFor } from "./contentTypes.ts";

export interface StaticServerOptions {
  /** Folder to serve: the built site. */
  root: string;
  /** Default 0: any free port. */
  port?: number;
  /** Default `127.0.0.1`: reachable from this machine only. */
  host?: string;
  /** Path the site was built for, e.g. `/archive/`; requests outside it get 404. Default `/`. */
  pathPrefix?: string;
}

export interface StaticServer {
  /** Base URL of the site, prefix included, e.g. `http://127.0.0.1:8080/archive/`. */
  url: string;
  close(): Promise<void>;
}

type Resolved =
  | { kind: "file"; filePath: string }
  | { kind: "redirect"; location: string }
  | { kind: "missing" };

async function isFile(filePath: string): Promise<boolean> {
  return stat(filePath).then(
    (stats) => stats.isFile(),
    () => false,
  );
}

/** Maps a URL path to a file below root, refusing anything that escapes it; folders serve their index.html. */
async function resolveRequest(root: string, prefix: string, urlPath: string): Promise<Resolved> {
  if (urlPath === prefix.slice(0, -1)) return { kind: "redirect", location: prefix };
  if (!urlPath.startsWith(prefix)) return { kind: "missing" };
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.slice(prefix.length));
  } catch {
    return { kind: "missing" };
  }
  const filePath = path.resolve(root, relative);
  if (relative.includes("\0") || (filePath !== root && !filePath.startsWith(root + path.sep))) {
    return { kind: "missing" };
  }
  if (urlPath.endsWith("/")) {
    const index = path.join(filePath, "index.html");
    return (await isFile(index)) ? { kind: "file", filePath: index } : { kind: "missing" };
  }
  if (await isFile(filePath)) return { kind: "file", filePath };
  if (await isFile(path.join(filePath, "index.html"))) return { kind: "redirect", location: `${urlPath}/` };
  return { kind: "missing" };
}

/** Text compresses to a third or less; Pagefind's index files and images are compressed already. */
const compressible = /^(?:text\/|application\/(?:json|xml|manifest\+json)|image\/svg\+xml)/;

function send(request: IncomingMessage, response: ServerResponse, status: number, filePath: string): void {
  const contentType = contentTypeFor(filePath);
  const gzip =
    compressible.test(contentType) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  response.writeHead(status, {
    "Content-Type": contentType,
    "Cache-Control": "no-cache",
    Vary: "Accept-Encoding",
    ...(gzip && { "Content-Encoding": "gzip" }),
  });
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  const file = createReadStream(filePath).on("error", () => response.destroy());
  (gzip ? file.pipe(createGzip()) : file).pipe(response);
}

/** Serves a built site over HTTP with correct content types, the site's 404 page, and no network beyond localhost. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const prefix = options.pathPrefix ?? "/";
  const host = options.host ?? "127.0.0.1";
  const server = createServer(async (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const { pathname, search } = new URL(request.url ?? "/", "http://localhost");
    if (pathname === "/" && prefix !== "/") {
      response.writeHead(302, { Location: prefix }).end();
      return;
    }
    const resolved = await resolveRequest(root, prefix, pathname);
    if (resolved.kind === "file") send(request, response, 200, resolved.filePath);
    else if (resolved.kind === "redirect")
      response.writeHead(301, { Location: resolved.location + search }).end();
    else {
      const notFoundPage = path.join(root, "404.html");
      if (await isFile(notFoundPage)) send(request, response, 404, notFoundPage);
      else response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}${prefix}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
