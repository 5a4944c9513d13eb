import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeChanges } from "../../src/dev/describeChanges.ts";
import type { SourceChange } from "../../src/dev/types.ts";

const change = (shown: string, event: SourceChange["event"]): SourceChange => ({
  event,
  shown,
  file: `/project/${shown}`,
  source: shown.startsWith("layouts/") ? "templates" : "content",
});

describe("describing what triggered a rebuild", () => {
  it("should name one file and what happened to it", () => {
    assert.equal(describeChanges([change("content/new.txt", "added")]), "content/new.txt added");
  });

  it("should count a file added then edited as added, and name each file once", () => {
    const changes = [change("content/new.txt", "added"), change("content/new.txt", "changed")];
    assert.equal(describeChanges(changes), "content/new.txt added");
  });

  it("should name two files and count the rest", () => {
    const changes = [
      change("content/a.txt", "removed"),
      change("layouts/base.css", "changed"),
      change("content/b.txt", "added"),
      change("content/c.txt", "added"),
    ];
    assert.equal(describeChanges(changes), "content/a.txt removed, layouts/base.css changed and 2 more");
  });
});
