import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildArchive, normalizeTitle, slugifyCountryName } from "../../src/archive/index.ts";
import { makeRecord } from "../support/makeRecord.ts";

describe("related stories", () => {
  const archive = buildArchive([
    makeRecord({ slug: "target", title: "US 'aggressively' raising cybersecurity with China: official" }),
    makeRecord({
      slug: "source",
      title: "Source",
      related: [
        { title: "US ‘aggressively’ raising cybersecurity with China — official", date: "April 14, 2015" },
        { title: "A story that was never archived", summary: "Summary text" },
        { title: "Source" },
      ],
    }),
  ]);
  const source = archive.articles.find((entry) => entry.summary.slug === "source");

  it("should link a related story whose headline matches an archived one despite quotes and dashes", () => {
    assert.equal(source?.related[0]?.article?.slug, "target");
    assert.equal(source?.related[0]?.date, "April 14, 2015");
  });

  it("should keep an unmatched related story as plain text with its summary", () => {
    assert.equal(source?.related[1]?.article, undefined);
    assert.equal(source?.related[1]?.summary, "Summary text");
  });

  it("should not link an article to itself", () => {
    assert.equal(source?.related[2]?.article, undefined);
  });

  it("should reduce headlines to lower-case words", () => {
    assert.equal(normalizeTitle("  Côte d’Ivoire: “Hello”—World!  "), "cote d ivoire hello world");
  });
});

describe("country slugs", () => {
  it("should turn names into URL segments without accents or punctuation", () => {
    assert.equal(slugifyCountryName("Côte d'Ivoire"), "cote-d-ivoire");
    assert.equal(slugifyCountryName("United States"), "united-states");
    assert.equal(slugifyCountryName("São Tomé and Príncipe"), "sao-tome-and-principe");
  });
});
