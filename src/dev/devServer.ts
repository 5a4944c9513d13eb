import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { failRequest, refuseUnparsableTarget, startStaticServer } from "../serve/index.ts";
import { proxyToSite } from "./proxyToSite.ts";
import { createReloadChannel } from "./reloadChannel.ts";

export interface DevServerOptions {
  /** Folder of the built site. */
  root: string;
  /** Default 0: any free port. */
  port?: number;
  /** Path the site was built for, e.g. `/archive/`. Default `/`. */
  pathPrefix?: string;
}

export interface DevServer {
  /** Base URL of the site, prefix included, e.g. `http://127.0.0.1:8080/archive/`. */
  url: string;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

/** Where the dev server's own files live below the site's path; no page of the site is ever there. */
const devPath = "__newsarchive/";

/**
 * The static server on a private port, fronted by a server on 127.0.0.1 that adds live reload: a script
 * injected into every HTML page and the event stream it listens to. The built files are never touched.
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const prefix = options.pathPrefix ?? "/";
  const site = await startStaticServer({ root: options.root, pathPrefix: prefix });
  const channel = createReloadChannel();
  const scriptUrl = `${prefix}${devPath}live-reload.js`;
  const eventsUrl = `${prefix}${devPath}events`;
  const toSite = proxyToSite(new URL(site.url), `<script src="${scriptUrl}"></script>`);
  const script = await readFile(new URL("./liveReloadClient.js", import.meta.url), "utf8");
  const answer = (request: IncomingMessage, response: ServerResponse): void => {
    if (refuseUnparsableTarget(request, response)) return;
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    if (pathname === eventsUrl) channel.connect(request, response);
    // A service worker would answer reloads from its cache; browsers mark the fetch of its script.
    else if (request.headers["service-worker"] === "script") response.writeHead(404).end();
    else if (pathname === scriptUrl) {
      response.writeHead(200, {
        "Content-Type": "text/javascript; charset=utf-8",
        "Cache-Control": "no-cache",
      });
      response.end(script);
    } else toSite(request, response);
  };
  const server = createServer((request, response) => {
    try {
      answer(request, response);
    } catch (error) {
      failRequest(response, error);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  }).catch(async (error: unknown) => {
    await site.close();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    reload: () => channel.reload(),
    close: async () => {
      channel.close();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      await site.close();
    },
  };
}
