import { constants } from "node:fs";
import { type FileHandle, open, realpath } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pipeline } from "node:stream";
import { createGzip } from "node:zlib";
import { contentTypeFor } from "./contentTypes.ts";
import { failRequest, refuseUnparsableTarget } from "./requestFailures.ts";

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
  | { kind: "file"; file: FileHandle; filePath: string }
  | { kind: "redirect"; location: string }
  | { kind: "missing" };

/** A link swapped in after the realpath check is refused, not followed; a named pipe must not block the open. */
const openFlags = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * Opens a regular file whose real path lies inside the real path of root, so no symbolic link leads out of the
 * site. Checked on every request, right before opening: a rebuild swaps the whole folder.
 */
async function openInside(root: string, filePath: string): Promise<FileHandle | undefined> {
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(filePath)]).catch(() => []);
  if (realRoot === undefined || realFile === undefined || !realFile.startsWith(realRoot + path.sep)) {
    return undefined;
  }
  const file = await open(realFile, openFlags).catch(() => undefined);
  const isRegular = await file?.stat().then(
    (stats) => stats.isFile(),
    () => false,
  );
  if (isRegular) return file;
  await file?.close();
  return undefined;
}

/** Maps a URL path to a file inside root; folders serve their index.html. */
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
  const folderIndex = path.join(filePath, "index.html");
  if (urlPath.endsWith("/")) {
    const index = await openInside(root, folderIndex);
    return index ? { kind: "file", file: index, filePath: folderIndex } : { kind: "missing" };
  }
  const file = await openInside(root, filePath);
  if (file) return { kind: "file", file, filePath };
  const index = await openInside(root, folderIndex);
  if (index === undefined) return { kind: "missing" };
  await index.close();
  return { kind: "redirect", location: `${urlPath}/` };
}

/** Text compresses to a third or less; Pagefind's index files and images are compressed already. */
const compressible = /^(?:text\/|application\/(?:json|xml|manifest\+json)|image\/svg\+xml)/;

async function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  { file, filePath }: { file: FileHandle; filePath: string },
): Promise<void> {
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
    await file.close();
    return;
  }
  const body = file.createReadStream();
  // pipeline closes the file and the response however the answer ends, a browser leaving mid-way included.
  pipeline(gzip ? [body, createGzip(), response] : [body, response], () => {});
}

/** Serves a built site over HTTP with correct content types, the site's 404 page, and no network beyond localhost. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const prefix = options.pathPrefix ?? "/";
  const host = options.host ?? "127.0.0.1";
  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (refuseUnparsableTarget(request, response)) return;
    const { pathname, search } = new URL(request.url ?? "/", "http://localhost");
    if (pathname === "/" && prefix !== "/") {
      response.writeHead(302, { Location: prefix }).end();
      return;
    }
    const resolved = await resolveRequest(root, prefix, pathname);
    if (resolved.kind === "file") await send(request, response, 200, resolved);
    else if (resolved.kind === "redirect")
      response.writeHead(301, { Location: resolved.location + search }).end();
    else {
      const notFoundPage = path.join(root, "404.html");
      const file = await openInside(root, notFoundPage);
      if (file) await send(request, response, 404, { file, filePath: notFoundPage });
      else response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
    }
  };
  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => failRequest(response, error));
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
