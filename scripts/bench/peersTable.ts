import { formatFigure } from "./resultsTable.ts";
import type { CorpusResult, PeerMeasurement, PeerResult } from "./resultTypes.ts";

const mb = (bytes: number) => bytes / 1_000_000;

export function isMeasured(peer: PeerResult): peer is PeerMeasurement {
  return !("skipped" in peer);
}

/** Build and Pagefind one after the other: their seconds add up, and the peak is the larger one. */
export function peerTotals(peer: PeerMeasurement): { seconds: number; peakMemoryBytes: number } {
  return {
    seconds: peer.build.wallSeconds + peer.pagefind.wallSeconds,
    peakMemoryBytes: Math.max(peer.build.peakMemoryBytes, peer.pagefind.peakMemoryBytes),
  };
}

/** `0.42×`: the peer's figure over newsarchive's; `–` when either is missing or newsarchive's is 0. */
export function formatRatio(peer: number | undefined, ours: number | undefined): string {
  if (peer === undefined || ours === undefined || !(ours > 0)) return "–";
  const ratio = peer / ours;
  return `${ratio.toFixed(ratio >= 10 ? 1 : 2)}×`;
}

/** Articles newsarchive's cold build published (`Built 200 articles, …`), else the corpus's files. */
function ourPages(corpus: CorpusResult): number {
  const built = /^Built ([\d,]+) articles?\b/.exec(corpus.cold.summary)?.[1];
  return built === undefined ? corpus.articles : Number(built.replaceAll(",", ""));
}

const headers = [
  "corpus",
  "generator",
  "build s",
  "Pagefind s",
  "total s",
  "peak MB",
  "pages",
  "time ÷ newsarchive",
  "memory ÷ newsarchive",
];

function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/**
 * The peers' figures next to newsarchive's cold build of the same corpus, as a Markdown table, with a line
 * under it for each peer that was skipped or did not index one page per article. Empty when no corpus has peers.
 */
export function formatPeersTable(corpora: readonly CorpusResult[]): string {
  const withPeers = corpora.filter((corpus) => corpus.peers !== undefined);
  if (withPeers.length === 0) return "";
  const rows = [row(headers), row(headers.map((_, index) => (index < 2 ? "---" : "---:")))];
  const notes: string[] = [];
  for (const corpus of withPeers) {
    const ours = corpus.cold;
    rows.push(
      row([
        corpus.label,
        "newsarchive",
        "–",
        "–",
        formatFigure(ours.wallSeconds, 1),
        formatFigure(mb(ours.peakMemoryBytes), 0),
        formatFigure(ourPages(corpus), 0),
        "1.00×",
        "1.00×",
      ]),
    );
    for (const peer of corpus.peers ?? []) {
      if (!isMeasured(peer)) {
        notes.push(`${corpus.label}: ${peer.generator} skipped: ${peer.skipped}.`);
        continue;
      }
      const total = peerTotals(peer);
      rows.push(
        row([
          corpus.label,
          `${peer.generator} + Pagefind ${peer.pagefindVersion}`,
          formatFigure(peer.build.wallSeconds, 1),
          formatFigure(peer.pagefind.wallSeconds, 1),
          formatFigure(total.seconds, 1),
          formatFigure(mb(total.peakMemoryBytes), 0),
          formatFigure(peer.pages, 0),
          formatRatio(total.seconds, ours.wallSeconds),
          formatRatio(total.peakMemoryBytes, ours.peakMemoryBytes),
        ]),
      );
      if (peer.pages !== corpus.articles) {
        notes.push(
          `${corpus.label}: ${peer.generator} indexed ${peer.pages ?? "an unknown number of"} pages for ${corpus.articles} articles.`,
        );
      }
    }
  }
  notes.push(
    "newsarchive runs Pagefind while it renders, so its time is not split; its stages are in the table above.",
  );
  return [rows.join("\n"), "", ...notes].join("\n");
}
