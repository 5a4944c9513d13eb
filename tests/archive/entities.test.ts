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
