import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { readPage } from "../support/readSite.ts";
import { buildSeedSite, type SeedSite } from "../support/seedSite.ts";

let site: SeedSite;

before(async () => {
  site = await buildSeedSite({ siteUrl: "https://news.example.org", pathPrefix: "archive" });
});
after(() => site?.remove());

describe("a site built for the sub-path /archive/", () => {
  it("should prefix every internal link, stylesheet and form action", async () => {
    for (const url of ["/", "/countries/china/", "/timeline/", "/search/", "/404.html"]) {
      const page = await readPage(site.outDir, url);
      const targets = [
        ...Array.from(page.querySelectorAll("a[href]"), (link) => link.getAttribute("href") ?? ""),
        ...Array.from(
          page.querySelectorAll("link[href], script[src]"),
          (el) => el.getAttribute("href") ?? el.getAttribute("src") ?? "",
        ),
        ...Array.from(page.querySelectorAll("form"), (form) => form.getAttribute("action") ?? ""),
      ].filter((target) => target.startsWith("/"));
      assert.ok(targets.length > 5, url);
      for (const target of targets) assert.match(target, /^\/archive\//, `${url}: ${target}`);
    }
  });

  it("should give the search UI the prefixed bundle path and base URL", async () => {
    const page = await readPage(site.outDir, "/search/");
    const host = page.querySelector("#search");
    assert.equal(host?.getAttribute("data-bundle-path"), "/archive/pagefind/");
    assert.equal(host?.getAttribute("data-base-url"), "/archive/");
  });

  it("should build canonical URLs from the site URL and the prefix", async () => {
    const page = await readPage(site.outDir, "/countries/");
    assert.equal(
      page.querySelector('link[rel="canonical"]')?.getAttribute("href"),
      "https://news.example.org/archive/countries/",
    );
  });
});
