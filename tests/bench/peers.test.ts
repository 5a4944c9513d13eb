import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { parseBenchOptions, usage } from "../../scripts/bench/benchOptions.ts";
import { compareRuns } from "../../scripts/bench/compareResults.ts";
import { generateCorpus } from "../../scripts/bench/generateCorpus.ts";
import {
  benchmarkPeers,
  eleventyPeer,
  hugoContentNames,
  parseEleventyProblem,
  parseHugoVersion,
  parsePagefindPages,
} from "../../scripts/bench/peers.ts";
import { formatPeersTable, formatRatio, peerTotals } from "../../scripts/bench/peersTable.ts";
import type {
  BenchmarkRun,
  BuildMeasurement,
  CorpusResult,
  PeerMeasurement,
} from "../../scripts/bench/resultTypes.ts";

function build(wallSeconds: number, peakMemoryBytes: number): BuildMeasurement {
  return {
    stageSeconds: {},
    wallSeconds,
    peakMemoryBytes,
    summary: "Built 200 articles, 1800 files changed: x",
  };
}

function corpus(peers?: CorpusResult["peers"]): CorpusResult {
  return {
    label: "200",
    articles: 200,
    textBytes: 1_200_000,
    cold: build(8, 400_000_000),
    unchanged: build(1, 200_000_000),
    addOne: build(2, 300_000_000),
    search: {
      indexBytes: 1,
      indexFiles: 1,
      queries: ["a", "b"],
      firstQuery: { totalBytes: 1, pagefindBytes: 1, requests: 1 },
      firstVisitWithServiceWorker: { totalBytes: 1, pagefindBytes: 1, requests: 1 },
      secondQueryMs: 1,
      repeatQueryMs: 1,
    },
    ...(peers === undefined ? {} : { peers }),
  };
}

const eleventy: PeerMeasurement = {
  generator: "Eleventy 3.1.7",
  pagefindVersion: "1.6.0",
  build: { wallSeconds: 1.5, peakMemoryBytes: 150_000_000 },
  pagefind: { wallSeconds: 0.5, peakMemoryBytes: 100_000_000 },
  pages: 200,
};

describe("--peers", () => {
  it("should be off unless given, and listed in the usage", () => {
    assert.equal(parseBenchOptions([]).peers, undefined);
    assert.equal(parseBenchOptions(["--peers", "--sizes", "200"]).peers, true);
    assert.match(usage, /\[--peers\]/);
  });
});

describe("the peers' output parsers", () => {
  it("should read Pagefind's page count and Hugo's version", () => {
    const pagefind = "Total: \n  Indexed 1 language\n  Indexed 200 pages\n  Indexed 2397 words\n";
    assert.equal(parsePagefindPages(pagefind), 200);
    assert.equal(parsePagefindPages("  Indexed 1 page\n"), 1);
    assert.equal(parsePagefindPages("Error: no pages"), undefined);
    assert.equal(parseHugoVersion("hugo v0.111.3+extended linux/amd64 BuildDate=2023-03-16"), "0.111.3");
    assert.equal(parseHugoVersion("command not found"), undefined);
  });

  it("should say why Eleventy failed from its numbered problem lines, once each", () => {
    const problem = [
      "[11ty] 1. Having trouble reading front matter from template x.md",
      "[11ty] 2. unexpected end of the stream (3:1)",
    ];
    const stderr = [
      "[11ty] Problem writing Eleventy templates:",
      ...problem,
      "[11ty] Eleventy Fatal Error (CLI):",
    ]
      .concat(problem, "[11ty]     at module.exports (parse.js:12:17)")
      .join("\n");
    assert.equal(
      parseEleventyProblem(stderr),
      "Having trouble reading front matter from template x.md; unexpected end of the stream (3:1)",
    );
    assert.equal(parseEleventyProblem("[11ty]     at somewhere"), undefined);
  });

  it("should give Hugo raw text as Markdown, keep Markdown, and leave out other files", () => {
    const names = hugoContentNames([
      "a.txt",
      "b.md",
      "b.txt",
      "c.markdown",
      "notes.json",
      "2014-07-17 D.txt",
    ]);
    assert.deepEqual(Object.fromEntries(names), {
      "a.txt": "a.md",
      "b.md": "b.md",
      "b.txt": "b.txt.md",
      "c.markdown": "c.markdown",
      "2014-07-17 D.txt": "2014-07-17 D.md",
    });
  });
});

describe("formatPeersTable", () => {
  it("should add build and Pagefind seconds and keep the larger peak", () => {
    assert.deepEqual(peerTotals(eleventy), { seconds: 2, peakMemoryBytes: 150_000_000 });
  });

  it("should print each peer next to newsarchive's cold build, with ratios to it", () => {
    const skipped = { generator: "Hugo", skipped: "hugo is not on the PATH" };
    const lines = formatPeersTable([corpus([eleventy, skipped])]).split("\n");
    assert.match(
      lines[0] ?? "",
      /^\| corpus \| generator \| build s \| Pagefind s \| total s \| peak MB \| pages \|/,
    );
    assert.equal(lines[2], "| 200 | newsarchive | – | – | 8.0 | 400 | 200 | 1.00× | 1.00× |");
    assert.equal(
      lines[3],
      "| 200 | Eleventy 3.1.7 + Pagefind 1.6.0 | 1.5 | 0.5 | 2.0 | 150 | 200 | 0.25× | 0.38× |",
    );
    assert.ok(lines.includes("200: Hugo skipped: hugo is not on the PATH."));
  });

  it("should note a peer that indexed fewer pages than there are articles", () => {
    const table = formatPeersTable([corpus([{ ...eleventy, pages: 66 }])]);
    assert.match(table, /^200: Eleventy 3\.1\.7 indexed 66 pages for 200 articles\.$/m);
  });

  it("should print nothing for runs without peers", () => {
    assert.equal(formatPeersTable([corpus()]), "");
  });

  it("should show a dash for a ratio it cannot compute", () => {
    assert.equal(formatRatio(2, 0), "–");
    assert.equal(formatRatio(undefined, 2), "–");
    assert.equal(formatRatio(25, 2), "12.5×");
  });

  it("should compare a run with peers against an older one without", () => {
    const machine = {
      cpus: 2,
      cpuModel: "test",
      memoryBytes: 1,
      node: "v20",
      platform: "linux",
      loadAverageAtStart: [0],
      loadAverageAtEnd: [0],
    };
    const run = (result: CorpusResult): BenchmarkRun => ({
      startedAt: "t",
      machine,
      seed: 1,
      corpora: [result],
    });
    assert.match(
      compareRuns(run(corpus()), run(corpus([eleventy]))),
      /\| total s \| 8\.0 \| 8\.0 \| \+0\.0% \|/,
    );
  });
});

describe("the Eleventy peer", () => {
  const workDir = mkdtempSync(path.join(tmpdir(), "newsarchive-peers-"));
  after(() => rmSync(workDir, { recursive: true, force: true }));

  it("should build one page per article of a generated corpus and index them with Pagefind", async () => {
    const contentDir = path.join(workDir, "content");
    generateCorpus({ count: 20, seed: 3, outDir: contentDir });
    const [result] = await benchmarkPeers(
      { contentDir, workDir: path.join(workDir, "peers"), timeoutMs: 60_000, log: () => {} },
      [eleventyPeer],
    );
    assert.ok(result !== undefined && !("skipped" in result), JSON.stringify(result));
    assert.match(result.generator, /^Eleventy \d+\.\d+\.\d+$/);
    assert.equal(result.pages, 20);
    assert.ok(result.build.wallSeconds > 0 && result.build.peakMemoryBytes > 0);

    const siteDir = path.join(workDir, "peers", "eleventy", "_site");
    const pages = readdirSync(siteDir, { recursive: true, encoding: "utf8" }).filter((file) =>
      file.endsWith("index.html"),
    );
    assert.equal(pages.length, 20);
    for (const page of pages) {
      assert.match(readFileSync(path.join(siteDir, page), "utf8"), /<h1>[^<\s][^<]*<\/h1>/, page);
    }
    assert.ok(existsSync(path.join(siteDir, "pagefind", "pagefind-entry.json")));
  });
});
