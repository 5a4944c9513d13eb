import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { WordNumbers } from "../../src/archive/wordNumbers.ts";

/** What `WordNumbers` stands in for: a map from each word to the number of words seen before it. */
function referenceNumbers(lists: readonly string[]): number[][] {
  const numbers = new Map<string, number>();
  return lists.map((list) =>
    (list === "" ? [] : list.split(" ")).map((word) => {
      if (!numbers.has(word)) numbers.set(word, numbers.size);
      return numbers.get(word) ?? -1;
    }),
  );
}

describe("numbering the words of word lists", () => {
  it("should number words as a map would, first seen first, whatever their letters", () => {
    const word = fc.string({
      unit: fc.constantFrom("a", "b", "é", "ß", "中", "\u{1F600}"),
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 12 }).map((words) => words.join(" "))), (lists) => {
        const numbers = new WordNumbers();
        assert.deepEqual(
          lists.map((list) => [...numbers.numbersOf(list)]),
          referenceNumbers(lists),
        );
      }),
    );
  });

  it("should keep every number when it grows past its first table", () => {
    const lists = Array.from({ length: 2_000 }, (_, list) =>
      Array.from({ length: 40 }, (_, word) => `w${(list * 37 + word * 101) % 90_000}`).join(" "),
    );
    const numbers = new WordNumbers();
    const given = lists.map((list) => [...numbers.numbersOf(list)]);
    assert.deepEqual(given, referenceNumbers(lists));
    assert.ok(numbers.words.length > 40_000, `${numbers.words.length} words, too few to grow the table`);
  });
});
