import type { CorpusResult } from "./resultTypes.ts";

/** One figure of a corpus's results, as the table and the comparison show it. */
export interface Figure {
  header: string;
  /** Undefined when the run has no such figure, e.g. a stage the build did not report. */
  value(corpus: CorpusResult): number | undefined;
  /** Decimal places shown. */
  digits: number;
}

// Decimal megabytes and kilobytes, as the issue's figures and most hosts' bills count them.
const mb = (bytes: number) => bytes / 1_000_000;
const kb = (bytes: number) => bytes / 1_000;

export const figures: readonly Figure[] = [
  { header: "articles", value: (corpus) => corpus.articles, digits: 0 },
  { header: "MB of text", value: (corpus) => mb(corpus.textBytes), digits: 1 },
  { header: "ingest s", value: (corpus) => corpus.cold.stageSeconds.ingest, digits: 1 },
  { header: "render s", value: (corpus) => corpus.cold.stageSeconds.render, digits: 1 },
  { header: "index s", value: (corpus) => corpus.cold.stageSeconds.index, digits: 1 },
  { header: "total s", value: (corpus) => corpus.cold.wallSeconds, digits: 1 },
  { header: "peak MB", value: (corpus) => mb(corpus.cold.peakMemoryBytes), digits: 0 },
  { header: "no-change rebuild s", value: (corpus) => corpus.unchanged.wallSeconds, digits: 1 },
  { header: "add-one rebuild s", value: (corpus) => corpus.addOne.wallSeconds, digits: 1 },
  { header: "add-one peak MB", value: (corpus) => mb(corpus.addOne.peakMemoryBytes), digits: 0 },
  { header: "add in the middle s", value: (corpus) => corpus.addInMiddle?.wallSeconds, digits: 1 },
  { header: "edit headline s", value: (corpus) => corpus.editHeadline?.wallSeconds, digits: 1 },
  { header: "delete one s", value: (corpus) => corpus.removeOne?.wallSeconds, digits: 1 },
  { header: "index MB", value: (corpus) => mb(corpus.search.indexBytes), digits: 1 },
  { header: "first-query KB", value: (corpus) => kb(corpus.search.firstQuery.totalBytes), digits: 0 },
  {
    header: "of which Pagefind KB",
    value: (corpus) => kb(corpus.search.firstQuery.pagefindBytes),
    digits: 0,
  },
  {
    header: "first visit with service worker KB",
    value: (corpus) => kb(corpus.search.firstVisitWithServiceWorker.totalBytes),
    digits: 0,
  },
  { header: "results ms", value: (corpus) => corpus.search.secondQueryMs, digits: 0 },
  { header: "cached results ms", value: (corpus) => corpus.search.repeatQueryMs, digits: 0 },
];

/** `12,345.6`, or `–` for a figure the run does not have. */
export function formatFigure(value: number | undefined, digits: number): string {
  if (value === undefined) return "–";
  return value.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A Markdown table with one row per corpus, numbers right-aligned. */
export function formatResultsTable(corpora: readonly CorpusResult[]): string {
  const rows = [
    `| ${figures.map((figure) => figure.header).join(" | ")} |`,
    `| ${figures.map(() => "---:").join(" | ")} |`,
    ...corpora.map(
      (corpus) =>
        `| ${figures.map((figure) => formatFigure(figure.value(corpus), figure.digits)).join(" | ")} |`,
    ),
  ];
  return rows.join("\n");
}
