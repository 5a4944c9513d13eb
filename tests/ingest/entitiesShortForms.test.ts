import assert from "node:assert/strict";
import { describe, it } from "node:test";
import slugify from "@sindresorhus/slugify";
import { mapShortFormsToFullNames, type RecordEntities } from "../../src/ingest/entities/index.ts";

const entity = (name: string) => ({ name, slug: slugify(name, { decamelize: false }), mentions: 1 });
const record = (people: string[], organizations: string[] = []): RecordEntities => ({
  people: people.map(entity),
  organizations: organizations.map(entity),
});
const repeat = (count: number, make: () => RecordEntities) => Array.from({ length: count }, make);

describe("mapping short forms to full names across the archive", () => {
  it("should join `Obama` to `Barack Obama` when no other Obama is named", () => {
    const maps = mapShortFormsToFullNames([record(["Obama"]), record(["Barack Obama", "Xi Jinping"])]);
    assert.deepEqual(maps.people.get("obama"), { name: "Barack Obama", slug: "barack-obama" });
  });

  it("should join a family name written first, `Xi`, to `Xi Jinping`", () => {
    const maps = mapShortFormsToFullNames([record(["Xi"]), record(["Xi Jinping"])]);
    assert.deepEqual(maps.people.get("xi"), { name: "Xi Jinping", slug: "xi-jinping" });
  });

  it("should join a name without its middle initial to the name with it", () => {
    const maps = mapShortFormsToFullNames([record(["William Brantley"]), record(["William A. Brantley"])]);
    assert.equal(maps.people.get("william-brantley")?.slug, "william-a-brantley");
  });

  it("should leave `Trump` alone when two Trumps are named about as often", () => {
    const maps = mapShortFormsToFullNames([
      record(["Trump"]),
      ...repeat(3, () => record(["Donald Trump"])),
      ...repeat(2, () => record(["Ivanka Trump"])),
    ]);
    assert.equal(maps.people.get("trump"), undefined);
  });

  it("should join `Trump` to the Trump named in two of every three articles that name one", () => {
    const maps = mapShortFormsToFullNames([
      record(["Trump"]),
      ...repeat(4, () => record(["Donald Trump"])),
      record(["Ivanka Trump"]),
    ]);
    assert.equal(maps.people.get("trump")?.slug, "donald-trump");
  });

  it("should not map a full name, or a name no longer form extends", () => {
    const maps = mapShortFormsToFullNames([record(["Barack Obama", "Angela Merkel"]), record(["Clauss"])]);
    assert.deepEqual([...maps.people.keys()], []);
  });

  it("should join an organisation's shorter name and its acronym to its qualified full name", () => {
    const maps = mapShortFormsToFullNames([
      record([], ["Department of Justice", "NSA"]),
      record([], ["US Department of Justice", "National Security Agency"]),
      record([], ["US National Security Agency"]),
    ]);
    assert.equal(maps.organizations.get("department-of-justice")?.slug, "us-department-of-justice");
    assert.equal(maps.organizations.get("national-security-agency")?.slug, "us-national-security-agency");
    assert.equal(maps.organizations.get("nsa")?.slug, "us-national-security-agency");
  });

  it("should not join a body to a different one whose name ends with it", () => {
    const maps = mapShortFormsToFullNames([
      record([], ["National Institutes of Health"]),
      record([], ["National Cancer Institute of the National Institutes of Health"]),
    ]);
    assert.equal(maps.organizations.get("national-institutes-of-health"), undefined);
  });

  it("should keep people and organisations apart", () => {
    const maps = mapShortFormsToFullNames([record(["Washington"]), record([], ["Washington Post"])]);
    assert.equal(maps.people.get("washington"), undefined);
  });
});
