import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readByline } from "../../src/ingest/rawText/byline.ts";
import { splitDateline } from "../../src/ingest/rawText/dateline.ts";

describe("bylines and datelines", () => {
  it("should read authors, publisher and update time from one byline", () => {
    assert.deepEqual(readByline("By Zhang Zhouxiang and Cao Yin (China Daily) Updated: 2014-06-06 02:55"), {
      authors: ["Zhang Zhouxiang", "Cao Yin"],
      source: "China Daily",
      dates: [{ kind: "updated", iso: "2014-06-06T02:55" }],
    });
  });
  it("should take a publisher after a bar", () => {
    assert.deepEqual(readByline("By Jane Park, Tom Wilder | Reuters"), {
      authors: ["Jane Park", "Tom Wilder"],
      source: "Reuters",
      dates: [],
    });
  });
  it("should take one writer's name from a byline that gives their credentials", () => {
    assert.deepEqual(readByline("By Li Junru, a professor at the Party School of the Central Committee"), {
      authors: ["Li Junru"],
      dates: [],
    });
  });
  it("should not take a sentence starting with By for a byline", () => {
    assert.equal(readByline("By the end of the year, exports had fallen by a third."), undefined);
  });
  it("should split the dateline off the first paragraph", () => {
    assert.deepEqual(splitDateline("SEOUL, South Korea — South Korea and Japan agreed"), {
      dateline: "SEOUL, South Korea",
      paragraph: "South Korea and Japan agreed",
    });
    assert.deepEqual(splitDateline("BEIJING (Reuters) - China said"), {
      dateline: "BEIJING",
      agency: "Reuters",
      paragraph: "China said",
    });
    assert.deepEqual(splitDateline("US officials said — again — that"), {
      paragraph: "US officials said — again — that",
    });
  });
});
