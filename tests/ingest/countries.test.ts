import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findCountries } from "../../src/ingest/countries/findCountries.ts";

const codesIn = (...paragraphs: string[]) =>
  findCountries({ title: "", paragraphs }).map((country) => country.code);

describe("countries", () => {
  it("should count names, demonyms and capital metonyms", () => {
    assert.deepEqual(
      findCountries({ title: "", paragraphs: ["Chinese officials in Beijing said China would respond."] }),
      [{ code: "CN", name: "China", mentions: 3 }],
    );
  });
  it("should not take people's names for countries", () => {
    assert.deepEqual(codesIn("A label run by Tony Jordan signed them.", "Jimmy Wales praised the deal."), []);
  });
  it("should not take the US state of Georgia for the country", () => {
    assert.deepEqual(codesIn("The Georgia pair met at school in Atlanta."), []);
    assert.deepEqual(codesIn("Troops left Georgia after talks in Tbilisi."), ["GE"]);
    assert.deepEqual(codesIn("Georgia's governor signed the bill in Atlanta, the state capital."), []);
  });

  it("should recognise Georgia the country by its president, parliament and currency", () => {
    assert.deepEqual(codesIn("The President of Georgia vetoed the bill that Georgia's parliament passed."), [
      "GE",
    ]);
    assert.deepEqual(codesIn("The Georgian parliament met as Georgia weighed new elections."), ["GE"]);
    assert.deepEqual(codesIn("Georgia's currency, the lari, fell 3 percent against the dollar."), ["GE"]);
  });
  it("should not count countries inside publication names", () => {
    assert.deepEqual(codesIn("He told the South China Morning Post and the Washington Post."), []);
  });
  it("should tell US from us", () => {
    assert.deepEqual(codesIn("Join us, he said."), []);
    assert.deepEqual(codesIn("The US and the U.S.-China talks."), ["US", "CN"]);
  });
  it("should keep Hong Kong and Taiwan apart from China", () => {
    assert.deepEqual(codesIn("Protests in Hong Kong and elections in Taiwan."), ["HK", "TW"]);
  });
  it("should put the country of the headline and the lead first", () => {
    const countries = findCountries({
      title: "US officials rebuke china",
      paragraphs: ["American officials attacked China.", "Chinese firms replied."],
    });
    assert.equal(countries[0]?.code, "US");
  });
});
