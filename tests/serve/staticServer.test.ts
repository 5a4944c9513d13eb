import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { request } from "node:http";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import { type StaticServer, startStaticServer } from "../../src/serve/index.ts";
import { sendRaw } from "../support/sendRaw.ts";

interface Reply {
  status: number;
  type: string | undefined;
  location: string | undefined;
  body: string;
}

/** A raw request, so paths like `/../` reach the server unnormalized. */
function get(server: StaticServer, rawPath: string, method = "GET"): Promise<Reply> {
  const { host, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: host.split(":")[0], port, path: rawPath, method }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        body += chunk;
      });
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers["content-type"],
          location: response.headers.location,
          body,
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

let root: string;
let plain: StaticServer;
let prefixed: StaticServer;

before(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "newsarchive-serve-"));
  await mkdir(path.join(root, "articles/one"), { recursive: true });
  await mkdir(path.join(root, "pagefind"));
  await writeFile(path.join(root, "index.html"), "<h1>Home</h1>");
  await writeFile(path.join(root, "404.html"), "<h1>Page not found</h1>");
  await writeFile(path.join(root, "articles/one/index.html"), "<h1>One</h1>");
  await writeFile(path.join(root, "pagefind/wasm.en.pagefind"), "bytes");
  await writeFile(path.join(root, "pagefind/pagefind.wasm"), "bytes");
  await writeFile(path.join(root, "feed.xml"), "<feed/>");
  await writeFile(path.join(os.tmpdir(), "newsarchive-secret.txt"), "secret");
  plain = await startStaticServer({ root });
  prefixed = await startStaticServer({ root, pathPrefix: "/archive/" });
});
after(async () => {
  await plain?.close();
  await prefixed?.close();
  await rm(root, { recursive: true, force: true });
  await rm(path.join(os.tmpdir(), "newsarchive-secret.txt"), { force: true });
});

describe("the static server", () => {
  it("should listen on 127.0.0.1 only", () => {
    assert.match(plain.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("should serve a folder's index.html as HTML", async () => {
    const reply = await get(plain, "/articles/one/");
    assert.deepEqual(
      [reply.status, reply.type, reply.body],
      [200, "text/html; charset=utf-8", "<h1>One</h1>"],
    );
  });

  it("should redirect a folder without its trailing slash", async () => {
    const reply = await get(plain, "/articles/one?x=1");
    assert.deepEqual([reply.status, reply.location], [301, "/articles/one/?x=1"]);
  });

  it("should serve WebAssembly as application/wasm and feeds with their own types", async () => {
    assert.equal((await get(plain, "/pagefind/pagefind.wasm")).type, "application/wasm");
    assert.equal((await get(plain, "/feed.xml")).type, "application/atom+xml; charset=utf-8");
  });

  it("should answer a missing page with the site's 404 page", async () => {
    const reply = await get(plain, "/articles/missing/");
    assert.deepEqual([reply.status, reply.body], [404, "<h1>Page not found</h1>"]);
  });

  it("should refuse paths that climb out of the site folder", async () => {
    for (const attempt of [
      "/../newsarchive-secret.txt",
      "/%2e%2e/newsarchive-secret.txt",
      "/..%2fnewsarchive-secret.txt",
    ]) {
      const reply = await get(plain, attempt);
      assert.equal(reply.status, 404, attempt);
      assert.notEqual(reply.body, "secret", attempt);
    }
  });

  it("should answer a request target no URL parser accepts with 400, and go on serving", async () => {
    const answer = await sendRaw(plain.url, "GET http://[/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert.match(answer, /^HTTP\/1\.1 400 /);
    assert.equal((await get(plain, "/articles/one/")).status, 200);
  });

  it("should answer HEAD without a body and refuse other methods", async () => {
    const head = await get(plain, "/", "HEAD");
    assert.deepEqual([head.status, head.body], [200, ""]);
    assert.equal((await get(plain, "/", "POST")).status, 405);
  });

  it("should serve a site built for a path prefix under that prefix only", async () => {
    assert.match(prefixed.url, /\/archive\/$/);
    assert.equal((await get(prefixed, "/archive/articles/one/")).body, "<h1>One</h1>");
    assert.deepEqual(
      [(await get(prefixed, "/")).status, (await get(prefixed, "/")).location],
      [302, "/archive/"],
    );
    assert.equal((await get(prefixed, "/articles/one/")).status, 404);
  });

  it("should gzip text for a browser that accepts it, and leave compressed index files as they are", async () => {
    const { host, port } = new URL(plain.url);
    const fetchRaw = (rawPath: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        const headers = { "Accept-Encoding": "gzip, deflate, br" };
        const req = request({ host: host.split(":")[0], port, path: rawPath, headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({ encoding: response.headers["content-encoding"], body: Buffer.concat(chunks) }),
          );
        });
        req.on("error", reject);
        req.end();
      });
    const page = await fetchRaw("/articles/one/");
    assert.equal(page.encoding, "gzip");
    assert.equal(gunzipSync(page.body).toString(), "<h1>One</h1>");
    const index = await fetchRaw("/pagefind/wasm.en.pagefind");
    assert.equal(index.encoding, undefined);
    assert.equal(index.body.toString(), "bytes");
    assert.equal((await get(plain, "/articles/one/")).body, "<h1>One</h1>");
  });
});

describe("the static server, given symbolic links", () => {
  let workDir: string;
  let site: string;
  let server: StaticServer;
  const secret = "the secret outside the site";

  before(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-serve-links-"));
    site = path.join(workDir, "site");
    const outside = path.join(workDir, "outside");
    await mkdir(site);
    await mkdir(outside);
    await writeFile(path.join(site, "index.html"), "<h1>Home</h1>");
    await writeFile(path.join(outside, "secret.txt"), secret);
    await writeFile(path.join(outside, "index.html"), secret);
    await writeFile(path.join(outside, "404.html"), secret);
    await symlink(path.join(outside, "secret.txt"), path.join(site, "secret.txt"));
    await symlink(outside, path.join(site, "outside"));
    await symlink(path.join(outside, "404.html"), path.join(site, "404.html"));
    await symlink(path.join(site, "index.html"), path.join(site, "home.html"));
    server = await startStaticServer({ root: site });
  });
  after(async () => {
    await server?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it("should answer 404 for a link to a file or a folder outside the site, and never show what it points to", async () => {
    for (const attempt of ["/secret.txt", "/outside/", "/outside", "/outside/secret.txt", "/missing"]) {
      const reply = await get(server, attempt);
      assert.deepEqual([reply.status, reply.body], [404, "Not found\n"], attempt);
    }
  });

  it("should serve a link that stays inside the site", async () => {
    const reply = await get(server, "/home.html");
    assert.deepEqual([reply.status, reply.body], [200, "<h1>Home</h1>"]);
  });
});
