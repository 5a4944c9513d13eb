import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseDateText, parseIsoDate } from "../../src/ingest/dates.ts";
import { readFileName } from "../../src/ingest/fileName.ts";
import { readDateLine } from "../../src/ingest/rawText/lineKinds.ts";

describe("dates", () => {
  it("should read the date forms scrapers produce, keeping their precision", () => {
    assert.equal(parseDateText("April 14, 2015"), "2015-04-14");
    assert.equal(parseDateText("Thursday, 02 March, 2017, 4:27pm"), "2017-03-02T16:27");
    assert.equal(parseDateText("2014-06-06 02:55"), "2014-06-06T02:55");
    assert.equal(parseDateText("2022-07-22 14:00:00 -0500"), "2022-07-22T14:00-05:00");
  });
  it("should refuse impossible dates and prose", () => {
    assert.equal(parseIsoDate("2015-13-45"), undefined);
    assert.equal(parseIsoDate("2015-02-30"), undefined);
    assert.equal(parseDateText("Last May the US Department of Justice indicted five soldiers"), undefined);
  });
  it("should tell published and updated date lines apart", () => {
    assert.deepEqual(readDateLine("PUBLISHED : Thursday, 02 March, 2017, 4:27pm"), {
      kind: "published",
      iso: "2017-03-02T16:27",
    });
    assert.deepEqual(readDateLine("UPDATED : Friday, 03 March, 2017, 6:13am"), {
      kind: "updated",
      iso: "2017-03-03T06:13",
    });
  });
  it("should take a date and a fallback title from a dated file name", () => {
    assert.deepEqual(readFileName("2014-07-17 Xi Respect cyber sovereignty.txt"), {
      published: "2014-07-17",
      title: "Xi Respect cyber sovereignty",
    });
    assert.deepEqual(readFileName("2015-09-26T000000Z Obama and Xi Agree.txt"), {
      published: "2015-09-26",
      title: "Obama and Xi Agree",
    });
    assert.deepEqual(readFileName("000_bf2e55078a7757b2.txt"), {});
  });
});
