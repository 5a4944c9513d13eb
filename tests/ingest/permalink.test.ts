import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { articlePath, permalinkProblem } from "../../src/ingest/permalink.ts";
import { rejectDuplicateUrls } from "../../src/ingest/uniqueUrls.ts";
import { makeRecord } from "../support/makeRecord.ts";

const dated = { slug: "cache-me-if-you-can", id: "0a1b2c3d4e5f", published: "2014-03-03T08:47-04:00" };

describe("article permalinks", () => {
  it("should keep /articles/:slug/ by default, so published URLs never change", () => {
    assert.equal(articlePath(dated), "/articles/cache-me-if-you-can/");
  });

  it("should fill the date, slug and id into a pattern", () => {
    assert.equal(articlePath(dated, "/:year/:month/:slug/"), "/2014/03/cache-me-if-you-can/");
    assert.equal(articlePath(dated, "/news/:year/:month/:day/:id/"), "/news/2014/03/03/0a1b2c3d4e5f/");
  });

  it("should file an undated article under undated, without month or day", () => {
    const { published: _published, ...undated } = dated;
    assert.equal(articlePath(undated, "/:year/:month/:slug/"), "/undated/cache-me-if-you-can/");
  });

  it("should refuse patterns that could not give every article its own page", () => {
    assert.equal(permalinkProblem("/:year/:month/:slug/"), undefined);
    assert.equal(permalinkProblem("/news/:slug/"), undefined);
    assert.match(permalinkProblem(":year/:slug") ?? "", /start and end with \//);
    assert.match(permalinkProblem("/:year/:month/") ?? "", /must hold :slug or :id/);
    assert.match(permalinkProblem("/:year/:title/") ?? "", /":title" is neither text nor/);
    assert.match(permalinkProblem("/../:slug/") ?? "", /"\.\." is neither/);
    assert.match(permalinkProblem("/:slug/") ?? "", /must begin with text or :year/);
    assert.match(permalinkProblem("/search/:slug/") ?? "", /must not begin with \/search\//);
  });

  it("should let articles of different days share a slug under a dated pattern, and only then", () => {
    const records = [
      makeRecord({
        slug: "weekly-update",
        title: "A",
        published: "2019-03-01",
        extra: { id: "a", sourcePath: "a.md" },
      }),
      makeRecord({
        slug: "weekly-update",
        title: "B",
        published: "2020-04-01",
        extra: { id: "b", sourcePath: "b.md" },
      }),
      makeRecord({
        slug: "weekly-update",
        title: "C",
        published: "2020-04-09",
        extra: { id: "c", sourcePath: "c.md" },
      }),
    ];
    const byDefault = rejectDuplicateUrls(records);
    assert.equal(byDefault.records.length, 1);
    const byMonth = rejectDuplicateUrls(records, "/:year/:month/:slug/");
    assert.deepEqual(
      byMonth.records.map((record) => record.id),
      ["a", "b"],
    );
    assert.deepEqual(
      byMonth.problems.map((problem) => problem.message),
      [
        "c.md: URL /2020/04/weekly-update/ is already the page of b.md: give this article its own in front matter",
      ],
    );
  });
});
