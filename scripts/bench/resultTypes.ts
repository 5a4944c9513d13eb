/** One run of the build command as a child process. */
export interface BuildMeasurement {
  /** Wall seconds of each stage the build reported on stderr, by stage name (`ingest`, `render`, `index`). */
  stageSeconds: Record<string, number>;
  /** From spawning the build to its exit, as the benchmark saw it. */
  wallSeconds: number;
  /** Largest sum of resident memory of the build and all its descendants seen while sampling. */
  peakMemoryBytes: number;
  /** The build's last line on stdout: `Built N articles, …` or `Nothing changed: …`. */
  summary: string;
}

/** What a browser downloads, counted from the responses it received over the network. */
export interface DownloadTally {
  totalBytes: number;
  /** Bytes of files under `/pagefind/`. */
  pagefindBytes: number;
  requests: number;
}

export interface SearchMeasurement {
  /** Size of `<out>/pagefind/` on disk. */
  indexBytes: number;
  indexFiles: number;
  /** Word searched first (for the download) and second (for the timing); both occur in article headlines. */
  queries: [string, string];
  /** Opening `/search/` and running the first query, service workers blocked: what the search itself needs. */
  firstQuery: DownloadTally;
  /** The same visit with the site's service worker allowed, until the network falls quiet. */
  firstVisitWithServiceWorker: DownloadTally;
  /** From typing the second query to its result links rendered, once the engine and entry files are loaded. */
  secondQueryMs: number;
  /** The first query typed again, its index chunks now in the cache: the search itself, without the network. */
  repeatQueryMs: number;
}

export interface CorpusResult {
  /** `1000` for a generated corpus of that size, or the folder given with `--content`. */
  label: string;
  articles: number;
  /** Bytes of the article files, before any parsing. */
  textBytes: number;
  cold: BuildMeasurement;
  unchanged: BuildMeasurement;
  addOne: BuildMeasurement;
  /** After adding an article dated on the archive's median day; absent in older results. */
  addInMiddle?: BuildMeasurement;
  /** After editing one article's headline; absent in older results or a corpus without Markdown. */
  editHeadline?: BuildMeasurement;
  /** After deleting one article; absent in older results. */
  removeOne?: BuildMeasurement;
  search: SearchMeasurement;
  /** The same corpus built by other generators (`--peers`); absent in runs without it and in older files. */
  peers?: PeerResult[];
}

/** One step of a peer's build, measured like newsarchive's build (wall time, peak memory of the process tree). */
export interface PeerStep {
  wallSeconds: number;
  peakMemoryBytes: number;
}

/** A peer generator that built the corpus, then had Pagefind index its output. */
export interface PeerMeasurement {
  /** `Eleventy 3.1.7`, `Hugo 0.111.3`. */
  generator: string;
  /** `1.6.0`. */
  pagefindVersion: string;
  /** The generator's own build, from spawning it to its exit. */
  build: PeerStep;
  /** `pagefind --site <output>`, run after the build. */
  pagefind: PeerStep;
  /** Pages Pagefind indexed: the article pages, the only ones the peers' layouts mark for indexing. */
  pages?: number;
}

/** A peer that did not run (`hugo` not on the PATH) or failed; the benchmark goes on without it. */
export interface SkippedPeer {
  generator: string;
  /** Why, in one line: `hugo is not on the PATH`, `Hugo failed (exit 1): …`. */
  skipped: string;
}

export type PeerResult = PeerMeasurement | SkippedPeer;

/** Facts about the machine, so runs on different machines are not compared as equals. */
export interface MachineFacts {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  platform: string;
  /** One-, five- and fifteen-minute load averages when the run started and when it ended. */
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
}

export interface BenchmarkRun {
  startedAt: string;
  machine: MachineFacts;
  seed: number;
  corpora: CorpusResult[];
}
