import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PageArrivals } from "../../src/search/pageArrivals.ts";

/** Whether the promise has settled after pending callbacks ran, and how. */
async function stateOf(promise: Promise<void>): Promise<"waiting" | "resolved" | "rejected"> {
  let state: "waiting" | "resolved" | "rejected" = "waiting";
  promise.then(
    () => {
      state = "resolved";
    },
    () => {
      state = "rejected";
    },
  );
  await new Promise((resolve) => setImmediate(resolve));
  return state;
}

describe("page arrivals", () => {
  it("should let a shard wait until every one of its pages is written", async () => {
    const arrivals = new PageArrivals();
    const shard = arrivals.whenWritten(["articles/a/index.html", "articles/b/index.html"]);
    arrivals.add(["articles/a/index.html"]);
    assert.equal(await stateOf(shard), "waiting");
    arrivals.add(["articles/b/index.html", "articles/c/index.html"]);
    assert.equal(await stateOf(shard), "resolved");
  });

  it("should not hold a shard whose pages were written before it asked", async () => {
    const arrivals = new PageArrivals();
    arrivals.add(["articles/a/index.html"]);
    assert.equal(await stateOf(arrivals.whenWritten(["articles/a/index.html"])), "resolved");
    assert.equal(await stateOf(arrivals.whenWritten([])), "resolved");
  });

  it("should release waiting shards when writing ends, and fail them when writing failed", async () => {
    const finished = new PageArrivals();
    const waiting = finished.whenWritten(["articles/missing/index.html"]);
    finished.end();
    assert.equal(await stateOf(waiting), "resolved");

    const failed = new PageArrivals();
    const before = failed.whenWritten(["articles/a/index.html"]);
    failed.end(new Error("Eleventy failed"));
    assert.equal(await stateOf(before), "rejected");
    assert.equal(await stateOf(failed.whenWritten(["articles/b/index.html"])), "rejected");
  });
});
