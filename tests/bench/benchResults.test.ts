import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { compareRuns, percentChange, readResultsFile } from "../../scripts/bench/compareResults.ts";
import { formatFigure, formatResultsTable } from "../../scripts/bench/resultsTable.ts";
import type { BenchmarkRun, BuildMeasurement, CorpusResult } from "../../scripts/bench/resultTypes.ts";

function build(wallSeconds: number, stageSeconds: Record<string, number> = {}): BuildMeasurement {
  return { stageSeconds, wallSeconds, peakMemoryBytes: 1_234_000_000, summary: "Built" };
}

function corpus(label: string, articles: number, coldSeconds: number): CorpusResult {
  return {
    label,
    articles,
    textBytes: 61_040_000,
    cold: build(coldSeconds, { ingest: 12.34, render: 4.1, index: 9.8 }),
    unchanged: build(1.25),
    addOne: build(3),
    addInMiddle: build(2.5),
    editHeadline: build(2.25),
    search: {
      indexBytes: 25_500_000,
      indexFiles: 10_600,
      queries: ["beijing", "tariffs"],
      firstQuery: { totalBytes: 287_600, pagefindBytes: 250_100, requests: 20 },
      firstVisitWithServiceWorker: { totalBytes: 25_800_000, pagefindBytes: 25_500_000, requests: 10_700 },
      secondQueryMs: 412.4,
      repeatQueryMs: 230.6,
    },
  };
}

function run(corpora: CorpusResult[], cpus = 2): BenchmarkRun {
  const loads = [1, 1, 1];
  return {
    startedAt: "2025-01-31T12:00:00.000Z",
    machine: {
      cpus,
      cpuModel: "test",
      memoryBytes: 24 * 2 ** 30,
      node: "v20.0.0",
      platform: "linux",
      loadAverageAtStart: loads,
      loadAverageAtEnd: loads,
    },
    seed: 1,
    corpora,
  };
}

describe("formatResultsTable", () => {
  it("should print one Markdown row per corpus with every figure in its unit", () => {
    const lines = formatResultsTable([corpus("10000", 10_000, 30.06)]).split("\n");
    assert.equal(lines.length, 3);
    assert.match(
      lines[0] ?? "",
      /^\| articles \| MB of text \| ingest s \| render s \| index s \| total s \| peak MB \|/,
    );
    assert.equal(
      lines[2],
      "| 10,000 | 61.0 | 12.3 | 4.1 | 9.8 | 30.1 | 1,234 | 1.3 | 3.0 | 1,234 | 2.5 | 2.3 | – | 25.5 | 288 | 250 | 25,800 | 412 | 231 |",
    );
  });

  it("should show a dash for a stage the build did not report", () => {
    const withoutIndex = corpus("1000", 1000, 5);
    withoutIndex.cold.stageSeconds = { ingest: 1, render: 2 };
    const row = formatResultsTable([withoutIndex]).split("\n")[2] ?? "";
    assert.match(row, /^\| 1,000 \| 61\.0 \| 1\.0 \| 2\.0 \| – \| 5\.0 \|/);
  });

  it("should format a missing figure as a dash and round to the given digits", () => {
    assert.equal(formatFigure(undefined, 1), "–");
    assert.equal(formatFigure(1234.56, 1), "1,234.6");
    assert.equal(formatFigure(0.4, 0), "0");
  });
});

describe("compareRuns", () => {
  it("should give the change of each figure in percent", () => {
    assert.equal(percentChange(20, 25), "+25.0%");
    assert.equal(percentChange(20, 15), "-25.0%");
    assert.equal(percentChange(0, 5), undefined);
    assert.equal(percentChange(undefined, 5), undefined);
  });

  it("should compare corpora of the same label, figure by figure", () => {
    const text = compareRuns(run([corpus("1000", 1000, 40)]), run([corpus("1000", 1000, 30)]));
    assert.match(text, /^1000 \(before 2025-01-31T12:00:00\.000Z\):/);
    assert.match(text, /\n\| total s \| 40\.0 \| 30\.0 \| -25\.0% \|\n/);
    assert.match(text, /\n\| ingest s \| 12\.3 \| 12\.3 \| \+0\.0% \|\n/);
    assert.doesNotMatch(text, /Different machines/);
  });

  it("should say when a corpus has no earlier result and when the machines differ", () => {
    const text = compareRuns(run([corpus("1000", 1000, 40)], 8), run([corpus("10000", 10_000, 30)], 2));
    assert.match(text, /^Different machines: before 8 CPUs, 24 GiB, Node v20\.0\.0; after 2 CPUs/);
    assert.match(text, /10000: no earlier result to compare with\./);
    assert.doesNotMatch(text, /\| total s \|/);
  });
});

describe("readResultsFile", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "newsarchive-results-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("should read back a saved run", async () => {
    const file = path.join(dir, "run.json");
    const saved = run([corpus("1000", 1000, 40)]);
    writeFileSync(file, JSON.stringify(saved));
    assert.deepEqual(await readResultsFile(file), saved);
  });

  it("should refuse JSON that is not a results file, and a missing file, in one line", async () => {
    const file = path.join(dir, "package.json");
    writeFileSync(file, '{"name":"x"}');
    await assert.rejects(readResultsFile(file), { name: "UserError", message: /is not a results file/ });
    await assert.rejects(readResultsFile(path.join(dir, "missing.json")), {
      name: "UserError",
      message: /^cannot read .*missing\.json: ENOENT[^\n]*$/,
    });
  });
});
