/** What a long build says while it runs. */
export interface BuildProgress {
  stage(name: string): void;
  step(name: string, done: number, total: number): void;
  stageDone(name: string, summary: string): void;
}

/** Says nothing: the default for builds run from code and tests. */
export const silentProgress: BuildProgress = { stage() {}, step() {}, stageDone() {} };

/**
 * On a terminal, one status line rewritten in place (`ingest 4,200/10,000`); in CI or a pipe, plain lines,
 * one per stage, so logs stay readable.
 */
export function streamProgress(stream: NodeJS.WriteStream): BuildProgress {
  const interactive = stream.isTTY === true && process.env.CI !== "true";
  const started = new Map<string, number>();
  const clearLine = () => {
    if (interactive) stream.write("\r\u001b[2K");
  };
  return {
    stage(name) {
      started.set(name, performance.now());
      if (interactive) stream.write(`\r\u001b[2K${name}…`);
    },
    step(name, done, total) {
      if (interactive)
        stream.write(`\r\u001b[2K${name} ${done.toLocaleString("en")}/${total.toLocaleString("en")}`);
    },
    stageDone(name, summary) {
      const seconds = (performance.now() - (started.get(name) ?? performance.now())) / 1000;
      clearLine();
      stream.write(`${name}: ${summary} in ${seconds.toFixed(1)} s\n`);
    },
  };
}
