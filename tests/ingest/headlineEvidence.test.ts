import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chooseTitle } from "../../src/ingest/chooseTitle.ts";
import { parseArticle } from "../../src/ingest/index.ts";
import { isTextHeadline } from "../../src/ingest/rawText/headlineEvidence.ts";

const body = ["The first paragraph of the story runs on for a good many words, as paragraphs do."];
const fileNameTitle = "Optimize environment for human rights development";

describe("headline evidence", () => {
  it("should take a first line that the file name repeats, cut short or not", () => {
    const line = "Obama and Xi agree not to conduct cyber theft of trade secrets";
    assert.equal(isTextHeadline(line, { following: body, fileNameTitle: "Obama and Xi Agree" }), true);
  });

  it("should take a different headline-like first line over the file name's", () => {
    const line = "Markets rally as India and Japan sign trade pact";
    assert.equal(isTextHeadline(line, { following: body, fileNameTitle: "India Japan trade pact" }), true);
  });

  it("should not take a photo caption marked [Photo/Agencies] or (Photo: AFP)", () => {
    for (const line of [
      "Students read in a library in Wuhan on Sept 10, 2013. [Photo/Agencies]",
      "A herder walks his cattle past a dried-up dam (Photo: AFP)",
      "Tourists visit the Bund in Shanghai [Photo by Gao Erqiang/China Daily]",
    ]) {
      assert.equal(isTextHeadline(line, { following: body }), false, line);
    }
  });

  it("should not take the writer's credentials for a headline", () => {
    for (const line of [
      "By Li Junru, a professor at the Party School of the Central Committee",
      "The author is a senior fellow at the Chongyang Institute for Financial Studies",
      "Wang Yiwei is a professor of international relations at Renmin University",
    ]) {
      assert.equal(isTextHeadline(line, { following: body, fileNameTitle }), false, line);
    }
  });

  it("should prefer the file name's headline to a standfirst that ends like a sentence", () => {
    const line = "More than 400 million rural residents are now covered, officials say.";
    assert.equal(isTextHeadline(line, { following: body, fileNameTitle: "Rural pensions" }), false);
  });

  it("should take a headline that starts in lower case, as brand names do", () => {
    const following = ["Monday, 29 November 2004", ...body];
    assert.equal(isTextHeadline("iTunes now selling Band Aid song", { following }), true);
    assert.equal(isTextHeadline("eBay buys Skype for $2.6bn", { following: body }), true);
  });

  it("should not take a paragraph or a one-word kicker", () => {
    assert.equal(isTextHeadline(body[0] ?? "", { following: [] }), false);
    assert.equal(isTextHeadline("Opinion", { following: body, fileNameTitle }), false);
  });
});

describe("chooseTitle", () => {
  const draft = { authors: [], related: [], paragraphs: [], bodyHtml: "" };

  it("should join a headline's lines into one", () => {
    const title = chooseTitle(
      { title: "Budget talks resume\nafter weekend break" },
      { ...draft, text: "" },
      undefined,
      "a.md",
    );
    assert.equal(title, "Budget talks resume after weekend break");
  });

  it("should fall back on the first sentence without running into the next paragraph", () => {
    const text = "short opening words without an end\n\nThe next paragraph.";
    assert.equal(
      chooseTitle({}, { ...draft, text }, undefined, "a.txt"),
      "short opening words without an end",
    );
  });
});

describe("section labels above the headline", () => {
  const parse = (text: string) =>
    parseArticle({
      bytes: Buffer.from(text),
      sourcePath: "000414_bacf7ff0f6dbf16b.txt",
      today: "2026-12-02",
    });

  it("should take a section's name alone on its line for the section, not the headline", () => {
    const record = parse(
      "Science & Technology\n\nRussian officials delay cloud computing\n\nJuly 12, 2014\n\nOfficials in Moscow said the plan would wait.\n",
    );
    assert.equal(record.title, "Russian officials delay cloud computing");
    assert.equal(record.section, "Science & Technology");
    assert.equal(record.published, "2014-07-12");
  });

  it("should take a breadcrumb whose country is written with accents", () => {
    const record = parse(
      "Türkiye / Politics\n\nTürkiye hits back at Ghana over voting rights\n\nOfficials in Ankara said so.\n",
    );
    assert.equal(record.title, "Türkiye hits back at Ghana over voting rights");
  });

  it("should take a breadcrumb whose country has a lower-case and", () => {
    const record = parse(
      "Bosnia and Herzegovina / Politics\n\nInside Bosnia's push on asylum rules\n\nOfficials in Sarajevo said the rules would change.\n",
    );
    assert.equal(record.title, "Inside Bosnia's push on asylum rules");
    assert.equal(record.section, "Bosnia and Herzegovina / Politics");
  });
});
