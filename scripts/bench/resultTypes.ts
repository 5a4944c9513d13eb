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
  search: SearchMeasurement;
}

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
