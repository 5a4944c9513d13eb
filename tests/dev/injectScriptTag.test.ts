import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { injectScriptTag } from "../../src/dev/injectScriptTag.ts";

const tag = '<script src="/__newsarchive/live-reload.js"></script>';

describe("injecting the live-reload script", () => {
  it("should put the tag before the last closing body tag, in any case", () => {
    assert.equal(
      injectScriptTag("<body><pre>&lt;/body&gt; </body></pre></BODY>", tag),
      `<body><pre>&lt;/body&gt; </body></pre>${tag}</BODY>`,
    );
  });

  it("should append the tag to a page without a body tag", () => {
    assert.equal(injectScriptTag("<h1>One</h1>", tag), `<h1>One</h1>${tag}`);
  });
});
