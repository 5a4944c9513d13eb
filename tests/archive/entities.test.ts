import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildArchive } from "../../src/archive/index.ts";
import type { EntityMention } from "../../src/ingest/schema.ts";
import { makeRecord } from "../support/makeRecord.ts";

const mention = (name: string, mentions = 1): EntityMention => ({
  name,
  slug: name.toLowerCase().replaceAll(" ", "-"),
  mentions,
});

const records = [
  makeRecord({
    slug: "summit",
    title: "Summit",
    published: "2015-09-25",
    extra: {
      people: [mention("Barack Obama", 3), mention("Xi Jinping", 2)],
      organizations: [mention("US Department of Justice")],
    },
  }),
  makeRecord({
    slug: "follow-up",
    title: "Follow-up",
    published: "2016-01-10",
    extra: {
      people: [mention("Obama", 2), mention("Xi", 1)],
      organizations: [mention("DOJ")],
    },
  }),
  makeRecord({
    slug: "hearing",
    title: "Hearing",
    extra: {
      people: [mention("Barack Obama"), mention("Ann Lone")],
      organizations: [mention("Department of Justice")],
    },
  }),
];
const archive = buildArchive(records);
const entity = (path: string) => archive.entities.find((candidate) => candidate.path === path);
const article = (slug: string) => archive.articles.find((candidate) => candidate.summary.slug === slug);

// Ingest already spells `Justice Department` as `Department of Justice` (src/ingest/entities/variants.ts).
describe("entities across the archive", () => {
  it("should join short forms to the full name another article uses", () => {
    const obama = entity("/people/barack-obama/");
    assert.equal(obama?.name, "Barack Obama");
    assert.deepEqual(
      obama?.articles.map((summary) => summary.slug),
      ["follow-up", "summit", "hearing"],
      "newest first, undated last",
    );
    assert.equal(obama?.mentions, 6);
    assert.deepEqual(
      article("follow-up")?.people.map((ref) => [ref.name, ref.path]),
      [
        ["Barack Obama", "/people/barack-obama/"],
        ["Xi Jinping", "/people/xi-jinping/"],
      ],
    );
  });

  it("should join an organisation's variants under its full name", () => {
    const justice = entity("/organizations/us-department-of-justice/");
    assert.equal(justice?.articles.length, 3);
    assert.deepEqual(
      archive.entities
        .filter((candidate) => candidate.kind === "organization")
        .map((candidate) => candidate.name),
      ["US Department of Justice"],
    );
  });

  it("should give a page only to entities named by two articles or more", () => {
    assert.equal(entity("/people/ann-lone/"), undefined);
    const lone = article("hearing")?.people.find((ref) => ref.name === "Ann Lone");
    assert.deepEqual(lone, { kind: "person", name: "Ann Lone", slug: "ann-lone" });
  });

  it("should count coverage per year from the dated articles", () => {
    assert.deepEqual(entity("/people/xi-jinping/")?.coverage, [
      { year: 2015, count: 1 },
      { year: 2016, count: 1 },
    ]);
  });
});

describe("entity pages a reader can trust", () => {
  const named = (slug: string, published: string, people: string[]) =>
    makeRecord({ slug, title: slug, published, extra: { people: people.map((name) => mention(name)) } });
  const bushes = buildArchive([
    named("gulf-war", "1991-01-17", ["George H. W. Bush"]),
    named("gulf-war-ends", "1991-02-28", ["George H. W. Bush"]),
    named("election", "2004-11-03", ["Bush"]),
    named("inauguration", "2005-01-20", ["Bush"]),
  ]);
  const pageNames = (archiveBuilt: ReturnType<typeof buildArchive>) =>
    archiveBuilt.entities.map((candidate) => candidate.name).sort();

  it("should not join a surname to a full name used only years apart", () => {
    assert.deepEqual(pageNames(bushes), ["Bush", "George H. W. Bush"]);
    const election = bushes.articles.find((candidate) => candidate.summary.slug === "election");
    assert.deepEqual(
      election?.people.map((ref) => ref.name),
      ["Bush"],
    );
  });

  it("should still join a surname to the full name named in the same years", () => {
    const joined = buildArchive([
      named("gulf-war", "1991-01-17", ["George H. W. Bush"]),
      named("gulf-war-ends", "1991-02-28", ["Bush"]),
    ]);
    assert.deepEqual(pageNames(joined), ["George H. W. Bush"]);
  });

  it("should give no page to a suffix, a lone first name or a name that keeps its title", () => {
    const names = [
      "Jr",
      "Jnr",
      "Bashar",
      "Bashar al-Assad",
      "Executive Leung Chun-ying",
      "Ministry",
      "Leung Chun-ying",
    ];
    const twice = buildArchive([
      makeRecord({
        slug: "one",
        title: "One",
        published: "2014-01-01",
        extra: { people: names.map((n) => mention(n)) },
      }),
      makeRecord({
        slug: "two",
        title: "Two",
        published: "2014-02-01",
        extra: { people: names.map((n) => mention(n)) },
      }),
    ]);
    assert.deepEqual(pageNames(twice), ["Bashar al-Assad", "Leung Chun-ying"]);
  });
});
