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

const people = (record: ArticleRecord) => record.people.map((person) => person.name);
const organizations = (record: ArticleRecord) =>
  record.organizations.map((organization) => organization.name);
const mentionsOf = (record: ArticleRecord, name: string) =>
  [...record.people, ...record.organizations].find((entity) => entity.name === name)?.mentions;

describe("entities in seed 000: China lashes out at German ambassador", async () => {
  const record = await parseSeed("000_bf2e55078a7757b2.txt");
  it("should name the ambassador and the spokeswoman, and no one else", () => {
    assert.deepEqual(people(record), ["Michael Clauss", "Hua Chunying"]);
  });
  it("should count `Clauss` and `Hua` as mentions of their full names", () => {
    assert.equal(mentionsOf(record, "Michael Clauss"), 5);
    assert.equal(mentionsOf(record, "Hua Chunying"), 3);
  });
  it("should find the newspaper and the embassy, but not the Cybersecurity Law or Hong Kong", () => {
    assert.deepEqual(organizations(record), ["South China Morning Post", "German Embassy"]);
  });
  it("should give each entity the slug of its name", () => {
    assert.deepEqual(
      record.people.map((person) => person.slug),
      ["michael-clauss", "hua-chunying"],
    );
  });
});

describe("entities in seed 001: US 'aggressively' raising cybersecurity with China", async () => {
  const record = await parseSeed("001_09a1f9c450bbeda3.txt");
  it("should name Penny Pritzker, Obama and Xi Jinping, without their titles", () => {
    assert.deepEqual(people(record), ["Penny Pritzker", "Obama", "Xi Jinping"]);
  });
  it("should find the Communist Party and nothing from the related stories or `Explore further`", () => {
    assert.deepEqual(organizations(record), ["Communist Party"]);
  });
});

describe("entities in seed 002: Vice-minister calls US cybersecurity gripes hypocritical", async () => {
  const record = await parseSeed("002_c1c2e2357075f885.txt");
  it("should name every official the article quotes or cites, and the writers its byline names", () => {
    assert.deepEqual(people(record), [
      "Li Baodong",
      "Jarmo Sareva",
      "Martin Fleischer",
      "Zhang Zhouxiang",
      "Cao Yin",
      "Ning Jiajun",
      "Harald Range",
      "Angela Merkel",
      "Thomas Duke",
    ]);
  });
  it("should find the UN, the NSA and the US Department of Justice, written as `US Justice Department`", () => {
    const names = organizations(record);
    for (const name of [
      "United Nations",
      "US National Security Agency",
      "US Department of Justice",
      "China Daily",
    ]) {
      assert.ok(names.includes(name), `${name} is missing from ${names.join(", ")}`);
    }
  });
  it("should not take the workshop, an event, for an organisation", () => {
    assert.ok(!organizations(record).some((name) => name.includes("Workshop")));
  });
});

describe("entities in seed 003: Forget the Great Firewall", async () => {
  const record = await parseSeed("003_073045cb8793dce5.txt");
  it("should name the five people, with `Long said` counted for Long Zhou", () => {
    assert.deepEqual(people(record), ["Long Zhou", "Donald Trump", "Qin An", "Yang Jiechi", "Guo Shengkun"]);
    assert.equal(mentionsOf(record, "Long Zhou"), 4);
  });
  it("should take nothing from the headline's capitals", () => {
    assert.deepEqual(organizations(record), ["Facebook", "China Institute of Cyberspace Strategy"]);
  });
});

describe("entities in seed 004: US officials rebuke china for cyber-theft of secrets", async () => {
  const record = await parseSeed("004_fa4ff3a773615dc3.txt");
  it("should name the three writers, the whistleblower and the prime minister", () => {
    assert.deepEqual(people(record), [
      "Michael Daniel",
      "Robert Holleyman",
      "Alex Niejelow",
      "Edward Snowden",
      "David Cameron",
    ]);
  });
  it("should find Politico, the NSA and the US Department of Justice", () => {
    assert.deepEqual(organizations(record), ["Politico", "NSA", "US Department of Justice"]);
  });
});

describe("entities across the seeds", async () => {
  const [justiceIn002, justiceIn004] = await Promise.all(
    ["002_c1c2e2357075f885.txt", "004_fa4ff3a773615dc3.txt"].map(async (fileName) =>
      (await parseSeed(fileName)).organizations.find((organization) => organization.name.includes("Justice")),
    ),
  );
  it("should give `US Justice Department` and `US Department of Justice` one slug, so the archive joins them", () => {
    assert.equal(justiceIn002?.slug, "us-department-of-justice");
    assert.equal(justiceIn004?.slug, "us-department-of-justice");
  });
});
