import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scoreGoldSet } from "../../scripts/eval/goldSet.ts";
import { scoreDocument, scoresOf, sumTallies } from "../../scripts/eval/scoreEntities.ts";

/** Just under what the parser reaches on the hand-annotated set (`npm run eval`); raise them as it improves. */
const floors = {
  people: { precision: 0.97, recall: 0.95, f1: 0.96 },
  organizations: { precision: 0.88, recall: 0.78, f1: 0.83 },
};

describe("people and organisations against the hand-annotated set", async () => {
  const scored = await scoreGoldSet();
  for (const kind of ["people", "organizations"] as const) {
    it(`should find ${kind} at least as well as the floor`, () => {
      const scores = scoresOf(sumTallies(scored.map((article) => article[kind])));
      for (const measure of ["precision", "recall", "f1"] as const) {
        const figure = scores[measure].toFixed(3);
        assert.ok(
          scores[measure] >= floors[kind][measure],
          `${kind} ${measure} ${figure} < ${floors[kind][measure]}`,
        );
      }
    });
  }
});

describe("scoring one document", () => {
  it("should match a name to any of its gold forms, ignoring dots and case", () => {
    const score = scoreDocument(
      [["Centers for Disease Control and Prevention", "CDC"], "U.S. Navy"],
      ["C.D.C.", "US navy"],
    );
    assert.deepEqual(scoresOf(score), { precision: 1, recall: 1, f1: 1 });
  });

  it("should count a second name for an entity already matched as wrong", () => {
    const score = scoreDocument([["National Security Agency", "NSA"]], ["NSA", "National Security Agency"]);
    assert.deepEqual(score.spurious, ["National Security Agency"]);
  });

  it("should list the gold entities nothing matched under their canonical names", () => {
    assert.deepEqual(scoreDocument([["Barack Obama", "Obama"], "Xi Jinping"], ["Obama"]).missed, [
      "Xi Jinping",
    ]);
  });
});
