import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { type DevServer, startDevServer } from "../../src/dev/devServer.ts";
import { sendRaw } from "../support/sendRaw.ts";
import { openEventStream } from "./eventStream.ts";

const scriptTag = '<script src="/archive/__newsarchive/live-reload.js"></script>';
let root: string;
let outside: string;
let server: DevServer;

const get = (sitePath: string, headers: Record<string, string> = {}) =>
  fetch(new URL(sitePath, server.url), { headers, redirect: "manual" });

describe("the dev server", () => {
  before(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "newsarchive-devserver-"));
    await mkdir(path.join(root, "articles/one"), { recursive: true });
    await writeFile(path.join(root, "index.html"), "<html><body><h1>Home</h1></body></html>");
    await writeFile(path.join(root, "articles/one/index.html"), "<h1>One</h1>");
    await writeFile(path.join(root, "404.html"), "<html><BODY>Page not found</BODY></html>");
    await writeFile(path.join(root, "records.json"), '[{"title":"</body>"}]');
    await writeFile(path.join(root, "sw.js"), "self.addEventListener('fetch', () => {});");
    outside = await mkdtemp(path.join(os.tmpdir(), "newsarchive-devserver-outside-"));
    await writeFile(path.join(outside, "secret.txt"), "the secret outside the site");
    await symlink(path.join(outside, "secret.txt"), path.join(root, "secret.txt"));
    server = await startDevServer({ root, pathPrefix: "/archive/" });
  });
  after(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it("should serve the site under its path prefix on 127.0.0.1", () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/archive\/$/);
  });

  it("should add the live-reload script before the end of the body, with the path prefix", async () => {
    const response = await get("");
    const body = await response.text();
    assert.equal(body, `<html><body><h1>Home</h1>${scriptTag}</body></html>`);
    assert.equal(response.headers.get("content-length"), String(Buffer.byteLength(body)));
    assert.equal(await (await get("articles/one/")).text(), `<h1>One</h1>${scriptTag}`);
  });

  it("should add it to the 404 page too, so a page that is not built yet appears by itself", async () => {
    const response = await get("articles/two/");
    assert.equal(response.status, 404);
    assert.equal(await response.text(), `<html><BODY>Page not found${scriptTag}</BODY></html>`);
  });

  it("should pass everything that is not HTML through unchanged, redirects included", async () => {
    const records = await get("records.json");
    assert.equal(records.headers.get("content-type"), "application/json; charset=utf-8");
    assert.equal(await records.text(), '[{"title":"</body>"}]');
    const redirect = await get("articles/one");
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get("location"), "/archive/articles/one/");
  });

  it("should answer a request target no URL parser accepts with 400, and go on serving", async () => {
    const answer = await sendRaw(
      server.url,
      "GET http://[/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert.match(answer, /^HTTP\/1\.1 400 /);
    assert.equal((await get("")).status, 200);
  });

  it("should not pass on a link that leads out of the site", async () => {
    const response = await get("secret.txt");
    assert.equal(response.status, 404);
    assert.doesNotMatch(await response.text(), /secret outside/);
  });

  it("should refuse to install a service worker, whose cache would hide rebuilds", async () => {
    assert.equal((await get("sw.js", { "Service-Worker": "script" })).status, 404);
    assert.equal((await get("sw.js")).status, 200);
  });

  it("should send a reload event to every open page", async () => {
    const pages = await Promise.all([1, 2].map(() => openEventStream(`${server.url}__newsarchive/events`)));
    server.reload();
    await Promise.all(pages.map((page) => page.waitFor("reload", 1, 5000)));
    for (const page of pages) page.close();
  });
});
