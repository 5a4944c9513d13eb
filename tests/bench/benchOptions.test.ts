import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseBenchOptions } from "../../scripts/bench/benchOptions.ts";
import { pickQueryWords } from "../../scripts/bench/queryWords.ts";

describe("parseBenchOptions", () => {
  it("should benchmark 1,000 and 10,000 generated articles with seed 1 by default", () => {
    assert.deepEqual(parseBenchOptions([]), {
      sizes: [1000, 10_000],
      seed: 1,
      keep: false,
      buildTimeoutMs: 60 * 60_000,
      help: false,
    });
  });

  it("should read sizes, seed, files, keep and timeout", () => {
    const options = parseBenchOptions(
      ["--sizes", "500, 2000", "--seed", "7", "--save", "a.json", "--compare", "b.json", "--keep"].concat(
        "--timeout",
        "5",
      ),
    );
    assert.deepEqual(options.sizes, [500, 2000]);
    assert.equal(options.seed, 7);
    assert.equal(options.saveFile, "a.json");
    assert.equal(options.compareFile, "b.json");
    assert.equal(options.keep, true);
    assert.equal(options.buildTimeoutMs, 5 * 60_000);
  });

  it("should benchmark a real folder instead of generated corpora", () => {
    const options = parseBenchOptions(["--content", "archive/"]);
    assert.equal(options.contentDir, "archive/");
    assert.deepEqual(options.sizes, []);
  });

  it("should refuse bad values with one line that names the option", () => {
    const refuses = (args: string[], message: RegExp) =>
      assert.throws(
        () => parseBenchOptions(args),
        (error: Error) => {
          assert.equal(error.name, "UserError");
          assert.match(error.message, message);
          assert.doesNotMatch(error.message, /\n/);
          return true;
        },
      );
    refuses(["--sizes", "10k"], /^--sizes takes a whole number from 1 to 1000000, not "10k"$/);
    refuses(["--sizes", "1000,"], /^--sizes takes a whole number .* not ""$/);
    refuses(["--sizes", "0"], /^--sizes/);
    refuses(["--seed", "-1"], /--seed/);
    refuses(["--timeout", "0"], /^--timeout/);
    refuses(["--sizes", "10", "--content", "x"], /^give --sizes or --content, not both$/);
    refuses(["--size", "10"], /Unknown option '--size'/);
    refuses(["extra"], /Unexpected argument 'extra'/);
  });
});

describe("pickQueryWords", () => {
  it("should take a telling word from one headline and a different one from a later headline", () => {
    const headlines = ["Rain in May", "Beijing should answer tariffs", "Tariffs hit Beijing exporters"];
    assert.deepEqual(pickQueryWords(headlines), ["beijing", "tariffs"]);
  });

  it("should skip entities, short words and words that say nothing about a story", () => {
    const headlines = ["Who&#39;s against it?", "Leaders&#39; summit", "Seoul &amp; Tokyo extend accord"];
    assert.deepEqual(pickQueryWords(headlines), ["leaders", "extend"]);
  });

  it("should give nothing when no two headlines have a word to search for", () => {
    assert.equal(pickQueryWords(["Summit"]), undefined);
    assert.equal(pickQueryWords(["Rain", "Snow"]), undefined);
  });
});
