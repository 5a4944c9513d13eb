import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { UserError } from "../../src/cli/userError.ts";
import { normalizePathPrefix, resolveSiteConfig, siteUrlWarning } from "../../src/site/siteConfig.ts";

describe("site settings", () => {
  it("should default to the root path and a local URL", () => {
    assert.deepEqual(resolveSiteConfig({}, {}), {
      siteUrl: "http://localhost:8080",
      pathPrefix: "/",
      title: "News archive",
      description: "A searchable archive of news articles.",
      language: "en",
      permalink: "/articles/:slug/",
    });
  });

  it("should take options before environment variables", () => {
    const env = { NEWSARCHIVE_SITE_URL: "https://env.example.org/", NEWSARCHIVE_PATH_PREFIX: "/env/" };
    assert.deepEqual(resolveSiteConfig({}, env).pathPrefix, "/env/");
    assert.deepEqual(resolveSiteConfig({}, env).siteUrl, "https://env.example.org");
    assert.deepEqual(resolveSiteConfig({ pathPrefix: "/flag/" }, env).pathPrefix, "/flag/");
  });

  it("should take the config file below options and environment variables, and above the defaults", () => {
    const file = {
      siteUrl: "https://file.example.org",
      pathPrefix: "file",
      title: "File title",
      description: "From the file.",
      language: "de",
      permalink: "/:year/:month/:slug/",
    };
    assert.deepEqual(resolveSiteConfig({ file }, {}), {
      siteUrl: "https://file.example.org",
      pathPrefix: "/file/",
      title: "File title",
      description: "From the file.",
      language: "de",
      permalink: "/:year/:month/:slug/",
    });
    const env = { NEWSARCHIVE_SITE_URL: "https://env.example.org" };
    assert.equal(resolveSiteConfig({ file }, env).siteUrl, "https://env.example.org");
    assert.equal(
      resolveSiteConfig({ file, siteUrl: "https://flag.example.org" }, env).siteUrl,
      "https://flag.example.org",
    );
    assert.equal(resolveSiteConfig({ file, pathPrefix: "/flag/" }, env).pathPrefix, "/flag/");
  });

  it("should warn about the default site URL only", () => {
    assert.match(
      siteUrlWarning(resolveSiteConfig({}, {})) ?? "",
      /^warning: .* use http:\/\/localhost:8080$/,
    );
    assert.equal(siteUrlWarning(resolveSiteConfig({ siteUrl: "https://example.org" }, {})), undefined);
  });

  it("should accept a prefix with or without slashes", () => {
    for (const raw of ["archive", "/archive", "/archive/", "archive/"])
      assert.equal(normalizePathPrefix(raw), "/archive/");
    assert.equal(normalizePathPrefix("news/archive"), "/news/archive/");
    assert.equal(normalizePathPrefix("/"), "/");
  });

  it("should reject prefixes and URLs that would break links", () => {
    for (const raw of ["../up", "a b", "/x/?q", "<script>"]) {
      assert.throws(() => normalizePathPrefix(raw), UserError, raw);
    }
    assert.throws(() => resolveSiteConfig({ siteUrl: "example.org" }, {}), UserError);
    assert.throws(() => resolveSiteConfig({ siteUrl: "ftp://example.org" }, {}), UserError);
    assert.throws(
      () => resolveSiteConfig({ file: { permalink: "/:slug/" } }, {}),
      /permalink "\/:slug\/" must begin/,
    );
  });
});
