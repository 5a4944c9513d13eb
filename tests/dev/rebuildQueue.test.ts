import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createRebuildQueue } from "../../src/dev/rebuildQueue.ts";

/** A rebuild that runs until the test lets it finish. */
function controlledRebuilds() {
  const batches: string[][] = [];
  let running = 0;
  let mostAtOnce = 0;
  const finishers: (() => void)[] = [];
  const rebuild = async (changes: readonly string[]) => {
    batches.push([...changes]);
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    await new Promise<void>((resolve) => finishers.push(resolve));
    running -= 1;
  };
  const finishNext = async () => {
    while (finishers.length === 0) await new Promise((resolve) => setImmediate(resolve));
    finishers.shift()?.();
  };
  return { batches, rebuild, finishNext, mostAtOnce: () => mostAtOnce };
}

describe("the rebuild queue", () => {
  it("should merge changes that arrive during a build into one follow-up build", async () => {
    const builds = controlledRebuilds();
    const queue = createRebuildQueue(builds.rebuild);
    queue.request(["a"]);
    queue.request(["b"]);
    queue.request(["c", "d"]);
    await builds.finishNext();
    await builds.finishNext();
    await queue.idle();
    assert.deepEqual(builds.batches, [["a"], ["b", "c", "d"]]);
    assert.equal(builds.mostAtOnce(), 1);
  });

  it("should build again for a request made after it went idle", async () => {
    const builds = controlledRebuilds();
    const queue = createRebuildQueue(builds.rebuild);
    queue.request(["a"]);
    await builds.finishNext();
    await queue.idle();
    queue.request([]);
    await builds.finishNext();
    await queue.idle();
    assert.deepEqual(builds.batches, [["a"], []]);
  });

  it("should be idle at once when nothing was asked", async () => {
    await createRebuildQueue(async () => assert.fail("no build expected")).idle();
  });
});
