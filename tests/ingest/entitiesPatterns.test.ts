import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entityNamesFinder } from "../support/entityNames.ts";

const found = entityNamesFinder("Results of the day");

describe("`for` inside and between organisations' names", () => {
  it("should keep a name whose head takes `for` as one organisation", () => {
    const text =
      "The Centers for Disease Control said cases rose, as did the National Institute for Health Research.";
    assert.deepEqual(found(text).organizations, [
      "Centers for Disease Control",
      "National Institute for Health Research",
    ]);
  });

  it("should split two whole organisations' names joined by `for`", () => {
    assert.deepEqual(
      found("Lawyers acting for Barclays Plc for Mitsubishi Corp declined to comment.").organizations,
      ["Barclays Plc", "Mitsubishi Corp"],
    );
    assert.deepEqual(
      found("The deal was signed by the Ministry of Defence for Airbus Group.").organizations,
      ["Ministry of Defence", "Airbus Group"],
    );
  });
});

describe("sports clubs named like their city", () => {
  it("should take a city followed by a club word for a club", () => {
    assert.deepEqual(found("Fans of Manchester United cheered outside the ground.").organizations, [
      "Manchester United",
    ]);
  });

  it("should take a city that wins, draws or loses a match for a club", () => {
    const text = "Barcelona beat Real Madrid 2-1 on Sunday. In the cup, Liverpool lost to Arsenal.";
    assert.deepEqual(found(text).organizations, ["Barcelona", "Real Madrid", "Liverpool"]);
  });

  it("should leave a city that wins something other than a match a place", () => {
    assert.deepEqual(found("Washington beat Beijing to the deal in trade talks.").organizations, []);
  });
});

describe("people in lists and one-name people", () => {
  it("should count surnames listed after the full names for those people", () => {
    const text =
      "John Smith, Peter Jones and Alan Brown all started. Smith, Jones and Brown scored in the second half.";
    assert.deepEqual(found(text).people, ["John Smith", "Peter Jones", "Alan Brown"]);
  });

  it("should take a one-name person given a role and speech", () => {
    assert.deepEqual(found("Former president Lula told reporters he would run again.").people, ["Lula"]);
  });

  it("should not take a one-name speaker with no role for a person", () => {
    assert.deepEqual(found("Lula told reporters he would run again.").people, []);
  });
});
