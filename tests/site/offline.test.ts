import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { readJson, readPage, recordsBySeed } from "../support/readSite.ts";
import { buildSeedSite, type SeedSite } from "../support/seedSite.ts";

interface WebManifest {
  id: string;
  name: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

let site: SeedSite;
let prefixed: SeedSite;

before(async () => {
  site = await buildSeedSite();
  prefixed = await buildSeedSite({ siteUrl: "https://news.example.org", pathPrefix: "archive" });
});
after(async () => {
  await site?.remove();
  await prefixed?.remove();
});

async function pageUrls(built: SeedSite): Promise<string[]> {
  const [record] = (await recordsBySeed(built.outDir)).values();
  return ["/", "/countries/", "/timeline/", "/search/", "/offline/", "/404.html", record?.url ?? "/"];
}

/** Width and height from a PNG's IHDR chunk, which always starts at byte 16. */
async function pngSize(file: string): Promise<string> {
  const bytes = await readFile(file);
  assert.equal(bytes.subarray(1, 4).toString("latin1"), "PNG", `${file} is not a PNG`);
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

/** The built file a site-relative URL (`/archive/search/`) is served from. */
function builtFile(built: SeedSite, prefix: string, url: string): string {
  const relative = url.slice(prefix.length);
  return path.join(
    built.outDir,
    relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative,
  );
}

describe("the archive as an installable web app", () => {
  it("should link the manifest and register the service worker from every page, with no inline script", async () => {
    for (const url of await pageUrls(site)) {
      const page = await readPage(site.outDir, url);
      assert.equal(
        page.querySelector('link[rel="manifest"]')?.getAttribute("href"),
        "/manifest.webmanifest",
        url,
      );
      const registration = page.querySelector("script[data-service-worker]");
      assert.equal(registration?.getAttribute("src"), "/assets/register-service-worker.js", url);
      assert.equal(registration?.getAttribute("data-service-worker"), "/sw.js", url);
      assert.equal(registration?.getAttribute("data-scope"), "/", url);
      const inline = Array.from(page.querySelectorAll("script:not([src])")).filter(
        (script) => script.getAttribute("type") !== "application/ld+json",
      );
      assert.deepEqual(inline, [], `${url} has an inline script`);
    }
  });

  it("should keep the manifest, the service worker and its scope inside the path prefix /archive/", async () => {
    for (const url of await pageUrls(prefixed)) {
      const page = await readPage(prefixed.outDir, url);
      assert.equal(
        page.querySelector('link[rel="manifest"]')?.getAttribute("href"),
        "/archive/manifest.webmanifest",
      );
      const registration = page.querySelector("script[data-service-worker]");
      assert.equal(registration?.getAttribute("data-service-worker"), "/archive/sw.js", url);
      assert.equal(registration?.getAttribute("data-scope"), "/archive/", url);
    }
    const manifest = await readJson<WebManifest>(prefixed.outDir, "manifest.webmanifest");
    assert.deepEqual(
      [manifest.id, manifest.start_url, manifest.scope],
      ["/archive/", "/archive/", "/archive/"],
    );
    for (const icon of manifest.icons) assert.match(icon.src, /^\/archive\/assets\//);
  });

  it("should name the app after the site and give it the icons and colours it declares", async () => {
    const manifest = await readJson<WebManifest>(site.outDir, "manifest.webmanifest");
    assert.equal(manifest.name, "News archive");
    assert.equal(manifest.display, "standalone");
    assert.deepEqual([manifest.theme_color, manifest.background_color], ["#f2f1ec", "#fdfdfb"]);
    const pngs = manifest.icons.filter((icon) => icon.type === "image/png");
    assert.deepEqual(pngs.map((icon) => `${icon.sizes} ${icon.purpose ?? "any"}`).sort(), [
      "192x192 any",
      "512x512 any",
      "512x512 maskable",
    ]);
    for (const icon of pngs) assert.equal(await pngSize(builtFile(site, "/", icon.src)), icon.sizes);
    const svg = manifest.icons.find((icon) => icon.type === "image/svg+xml");
    assert.match(await readFile(builtFile(site, "/", svg?.src ?? ""), "utf8"), /^<svg /);
  });

  it("should have the service worker at the root, save only files the site has, and import the index version", async () => {
    for (const [built, prefix] of [
      [site, "/"],
      [prefixed, "/archive/"],
    ] as const) {
      const worker = await readFile(path.join(built.outDir, "sw.js"), "utf8");
      assert.match(worker, /importScripts\("offline-index-version\.js", "assets\/offline-worker\.js"\)/);
      const shell = JSON.parse(/self\.newsarchiveShell = (\[.*\]);/.exec(worker)?.[1] ?? "[]") as string[];
      assert.ok(shell.includes("") && shell.includes("search/") && shell.includes("offline/"), shell.join());
      for (const relative of shell) await readFile(builtFile(built, prefix, `${prefix}${relative}`));
    }
  });

  it("should tell search engines to leave the offline page out", async () => {
    const page = await readPage(site.outDir, "/offline/");
    assert.equal(page.querySelector('meta[name="robots"]')?.getAttribute("content"), "noindex");
    assert.equal(page.querySelector("h1")?.textContent, "You are offline");
    assert.equal(page.querySelector("[data-pagefind-body]"), null);
  });
});
