import assert from "node:assert/strict";
import { describe, it, mock } from "node:test";
import { batchUntilQuiet } from "../../src/dev/debounce.ts";

describe("batching changes until they stop", () => {
  it("should hand over a burst of changes once, after the quiet period", (context) => {
    context.mock.timers.enable({ apis: ["setTimeout"] });
    const flush = mock.fn<(items: string[]) => void>();
    const batcher = batchUntilQuiet(200, flush);
    batcher.add("a");
    context.mock.timers.tick(150);
    batcher.add("b");
    context.mock.timers.tick(199);
    assert.equal(flush.mock.callCount(), 0);
    context.mock.timers.tick(1);
    assert.deepEqual(
      flush.mock.calls.map((call) => call.arguments[0]),
      [["a", "b"]],
    );
    batcher.add("c");
    context.mock.timers.tick(200);
    assert.deepEqual(flush.mock.calls.at(-1)?.arguments[0], ["c"]);
  });

  it("should drop what is waiting when cancelled", (context) => {
    context.mock.timers.enable({ apis: ["setTimeout"] });
    const flush = mock.fn<(items: string[]) => void>();
    const batcher = batchUntilQuiet(200, flush);
    batcher.add("a");
    batcher.cancel();
    context.mock.timers.tick(1000);
    assert.equal(flush.mock.callCount(), 0);
  });
});
