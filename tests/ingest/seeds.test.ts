import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { type ArticleRecord, currentDay, parseArticle } from "../../src/ingest/index.ts";

const contentDir = path.join(import.meta.dirname, "../../content");

async function parseSeed(fileName: string): Promise<ArticleRecord> {
  return parseArticle({
    bytes: await readFile(path.join(contentDir, fileName)),
    sourcePath: fileName,
    today: currentDay(),
  });
}

const codes = (record: ArticleRecord) => record.countries.map((country) => country.code);
const lastParagraph = (record: ArticleRecord) => record.text.split("\n\n").at(-1) ?? "";

describe("seed 000: China lashes out at German ambassador", async () => {
  const record = await parseSeed("000_bf2e55078a7757b2.txt");
  it("should take the headline from the first line", () => {
    assert.equal(record.title, "China lashes out at German ambassador over cyber security");
  });
  it("should state no date rather than guess one", () => {
    assert.equal(record.published, undefined);
    assert.equal(record.dateBasis, "none");
  });
  it("should focus on China and list Germany and Hong Kong, but not the US", () => {
    assert.equal(codes(record)[0], "CN");
    assert.ok(codes(record).includes("DE"));
    assert.ok(codes(record).includes("HK"));
    assert.ok(!codes(record).includes("US"));
  });
  it("should not take the quoted South China Morning Post as the source", () => {
    assert.equal(record.source, undefined);
  });
});

describe("seed 001: US 'aggressively' raising cybersecurity with China", async () => {
  const record = await parseSeed("001_09a1f9c450bbeda3.txt");
  it("should read the headline and the date line", () => {
    assert.equal(record.title, "US 'aggressively' raising cybersecurity with China: official");
    assert.equal(record.published, "2015-04-14");
    assert.equal(record.dateBasis, "text");
  });
  it("should start the body after the repeated photo caption", () => {
    assert.ok(record.text.startsWith('Washington is "aggressively" warning Beijing'));
    assert.ok(record.bodyHtml.startsWith("<p>Washington is"));
  });
  it("should end the body before the page furniture", () => {
    assert.ok(lastParagraph(record).endsWith('receptivity to doing that."'));
  });
  it("should keep the five related stories and nothing recommended", () => {
    assert.deepEqual(
      record.related.map((story) => story.title),
      [
        "Beijing behind Internet security violation: group",
        "Reuters websites blocked in China",
        "Foreign companies feel China targets them in investigations",
        "US seeks resumption of cyber talks with China",
        "China blasts Google security move as 'unacceptable'",
      ],
    );
    assert.equal(record.related[0]?.date, "2015-03-25");
    assert.ok(!record.text.includes("planets") && !JSON.stringify(record.related).includes("2019"));
  });
});

describe("seed 002: Vice-minister calls US cybersecurity gripes hypocritical", async () => {
  const record = await parseSeed("002_c1c2e2357075f885.txt");
  it("should read the headline below the section breadcrumb", () => {
    assert.equal(record.title, "Vice-minister calls US cybersecurity gripes hypocritical");
    assert.equal(record.section, "China / Politics");
  });
  it("should read authors, publisher and time from the byline", () => {
    assert.deepEqual(record.authors, ["Zhang Zhouxiang", "Cao Yin"]);
    assert.equal(record.source, "China Daily");
    assert.equal(record.published, "2014-06-06T02:55");
  });
  it("should list China, the US and Germany, China first", () => {
    assert.deepEqual(codes(record).slice(0, 3), ["CN", "US", "DE"]);
  });
  it("should end the body before the contact line", () => {
    assert.ok(lastParagraph(record).endsWith('among the G20".'));
    assert.ok(!record.text.includes("Hot Topics"));
  });
});

describe("seed 003: Forget the Great Firewall", async () => {
  const record = await parseSeed("003_073045cb8793dce5.txt");
  it("should read the headline and the standfirst", () => {
    assert.equal(
      record.title,
      "Forget the Great Firewall ... China is beefing up its ability to police all cyberspace",
    );
    assert.ok(record.dek?.startsWith("Policy document also pledges"));
  });
  it("should keep published and updated apart", () => {
    assert.equal(record.published, "2017-03-02T16:27");
    assert.equal(record.updated, "2017-03-03T06:13");
  });
  it("should not take the inline headlines for paragraphs", () => {
    assert.ok(!record.text.includes("China ‘willing to work with Trump on cybersecurity’"));
    assert.ok(!record.text.includes("Chinese public security chief heads to US"));
  });
  it("should end with Qin's quote", () => {
    assert.ok(lastParagraph(record).endsWith("but it should not lead to an arm race,” Qin said."));
  });
});

describe("seed 004: US officials rebuke china", async () => {
  const record = await parseSeed("004_fa4ff3a773615dc3.txt");
  it("should state no date", () => {
    assert.equal(record.title, "US officials rebuke china for cyber-theft of secrets");
    assert.equal(record.dateBasis, "none");
  });
  it("should list the US, China, Britain, Iran and Israel in that order", () => {
    assert.deepEqual(codes(record), ["US", "CN", "GB", "IR", "IL"]);
  });
  it("should drop the comment and favourites furniture", () => {
    assert.ok(lastParagraph(record).endsWith("in a partnership with Israel."));
    assert.ok(!/favou?rite|Leave a Reply|cookies/i.test(record.text));
  });
});
