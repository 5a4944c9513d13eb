import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { type OfflineManifest, writeOfflineManifest } from "../../src/search/offlineManifest.ts";
import { searchIndex } from "../../src/search/searchIndex.ts";
import { buildSite } from "../../src/site/index.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";
import { readJson, readPage, recordsBySeed } from "../support/readSite.ts";
import { buildSeedSite, type SeedSite } from "../support/seedSite.ts";
import { tempFolder } from "../support/tempFolder.ts";

let site: SeedSite;

before(async () => {
  site = await buildSeedSite();
});
after(() => site?.remove());

const readManifest = (): Promise<OfflineManifest> =>
  readJson<OfflineManifest>(site.outDir, "offline-manifest.json");
const rebuild = () =>
  buildSite({ contentDir: site.contentDir, outDir: site.outDir, site: resolveSiteConfig({}, {}) });

async function filesIn(folder: string): Promise<string[]> {
  const names = await readdir(path.join(site.outDir, "pagefind", folder));
  return names.map((name) => `pagefind/${folder}/${name}`);
}

describe("article dates in the search index", () => {
  it("should give dated articles their ISO date as Pagefind metadata, and undated ones none", async () => {
    const seeds = await recordsBySeed(site.outDir);
    const dated = await readPage(site.outDir, seeds.get("003")?.url ?? "");
    assert.equal(
      dated.querySelector("article")?.getAttribute("data-pagefind-meta"),
      "published:2017-03-02T16:27",
    );
    const undated = await readPage(site.outDir, seeds.get("000")?.url ?? "");
    assert.equal(undated.querySelector("article")?.hasAttribute("data-pagefind-meta"), false);
  });

  it("should let the terminal search report each result's published date", async () => {
    const seeds = await recordsBySeed(site.outDir);
    const results = await searchIndex(site.outDir, { query: "cyber" });
    const published = (seed: string) =>
      results.find((result) => result.url === seeds.get(seed)?.url)?.published;
    assert.equal(published("001"), "2015-04-14");
    assert.equal(published("002"), "2014-06-06T02:55");
    assert.equal(published("000"), null);
  });
});

describe("the offline manifest of the search index", () => {
  it("should list every index, filter and fragment file of the built index", async () => {
    const { chunks } = await readManifest();
    const built = [...(await filesIn("index")), ...(await filesIn("filter")), ...(await filesIn("fragment"))];
    assert.deepEqual(chunks, built.sort());
    assert.equal((await filesIn("fragment")).length, 5);
  });

  it("should give the whole index's size, so the search page saves a small one by itself", async () => {
    const { chunks, chunkBytes } = await readManifest();
    const sizes = await Promise.all(
      chunks.map(async (file) => (await stat(path.join(site.outDir, file))).size),
    );
    assert.equal(
      chunkBytes,
      sizes.reduce((sum, size) => sum + size, 0),
    );
    assert.ok(chunkBytes > 0 && chunkBytes < 25e6);
  });

  it("should list the engine the search page loads: code, WebAssembly, entry and metadata", async () => {
    const { engine } = await readManifest();
    const entry = await readJson<{ languages: { en: { hash: string } } }>(
      site.outDir,
      "pagefind/pagefind-entry.json",
    );
    assert.deepEqual(engine, [
      "pagefind/pagefind-entry.json",
      "pagefind/pagefind.js",
      "pagefind/pagefind-worker.js",
      `pagefind/pagefind.${entry.languages.en.hash}.pf_meta`,
      "pagefind/wasm.en.pagefind",
    ]);
    for (const file of engine) assert.ok((await stat(path.join(site.outDir, file))).size > 0, file);
  });

  it("should hand the service worker the manifest's version in the script it imports", async () => {
    const { version } = await readManifest();
    assert.match(version, /^[0-9a-f]{16}$/);
    const script = await readFile(path.join(site.outDir, "offline-index-version.js"), "utf8");
    assert.equal(script, `self.newsarchiveIndexVersion = "${version}";\n`);
  });

  it("should keep the version when an unchanged archive is rebuilt", async () => {
    const { version } = await readManifest();
    await rebuild();
    assert.equal((await readManifest()).version, version);
  });

  it("should change the version when an added article changes the index", async () => {
    const before = await readManifest();
    await writeFile(
      path.join(site.contentDir, "100_zeppelins.md"),
      "---\ntitle: Zeppelin archive opens to readers\npublished: 2018-05-01\n---\n\nThe zeppelinography collection opens.\n",
    );
    await rebuild();
    const changed = await readManifest();
    assert.notEqual(changed.version, before.version);
    assert.equal(changed.chunks.filter((file) => file.startsWith("pagefind/fragment/")).length, 6);
  });
});

describe("writeOfflineManifest", () => {
  it("should load `wasm.unknown` for a language the entry names no WebAssembly for", async () => {
    const siteDir = await mkdtemp(path.join(os.tmpdir(), "newsarchive-offline-"));
    try {
      await mkdir(path.join(siteDir, "pagefind", "fragment"), { recursive: true });
      await writeFile(path.join(siteDir, "pagefind", "fragment", "xx_1.pf_fragment"), "");
      const languages = { en: { hash: "en_1", wasm: "en" }, xx: { hash: "xx_1", wasm: null } };
      await writeFile(path.join(siteDir, "pagefind", "pagefind-entry.json"), JSON.stringify({ languages }));
      const { engine, chunks } = await writeOfflineManifest(siteDir);
      assert.deepEqual(engine.slice(3), [
        "pagefind/pagefind.en_1.pf_meta",
        "pagefind/wasm.en.pagefind",
        "pagefind/pagefind.xx_1.pf_meta",
        "pagefind/wasm.unknown.pagefind",
      ]);
      assert.deepEqual(chunks, ["pagefind/fragment/xx_1.pf_fragment"]);
    } finally {
      await rm(siteDir, { recursive: true, force: true });
    }
  });

  it("should take a bundle kept from the previous site from that site's manifest, without reading its files", async () => {
    const root = await tempFolder("offline-kept");
    const [oldSite, newSite] = [path.join(root, "old"), path.join(root, "new")];
    const languages = { en: { hash: "en_1", wasm: "en" } };
    for (const [siteDir, bundle] of [
      [newSite, "pagefind"],
      [oldSite, "pagefind/shards/kept"],
    ] as const) {
      await mkdir(path.join(siteDir, bundle, "fragment"), { recursive: true });
      await writeFile(path.join(siteDir, bundle, "fragment", "en_1.pf_fragment"), "12345");
      await writeFile(path.join(siteDir, bundle, "pagefind-entry.json"), JSON.stringify({ languages }));
    }
    const layout = { merged: [{ path: "/pagefind/shards/kept/" }] };
    await writeFile(path.join(newSite, "pagefind", "shards.json"), JSON.stringify(layout));
    const previous: OfflineManifest = {
      version: "old",
      engine: [],
      chunks: ["pagefind/shards/kept/fragment/en_1.pf_fragment", "pagefind/shards/kept/index/en_1.pf_index"],
      chunkBytes: 1000,
      bundleBytes: { "pagefind/shards/kept/": 1000 },
    };
    const manifest = await writeOfflineManifest(newSite, {
      siteHolding: (folder) => (folder === "pagefind/" ? newSite : oldSite),
      previous,
    });
    assert.deepEqual(manifest.chunks, ["pagefind/fragment/en_1.pf_fragment", ...previous.chunks]);
    assert.deepEqual(manifest.bundleBytes, { "pagefind/": 5, "pagefind/shards/kept/": 1000 });
    assert.equal(manifest.chunkBytes, 1005);
  });
});
