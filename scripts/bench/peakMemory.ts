import { type ProcessSnapshot, readProcSnapshot, treeResidentBytes } from "./processTree.ts";

export interface PeakMemorySampler {
  /** Stops sampling and returns the largest tree total seen, in bytes. */
  stop(): number;
}

/**
 * Samples the resident memory of `root` and its descendants every `intervalMs` (default 100) and keeps the
 * largest sum. A peak shorter than the interval can be missed; Pagefind's and the workers' peaks last seconds.
 */
export function samplePeakMemory(
  root: number,
  intervalMs = 100,
  snapshot: (root: number) => ProcessSnapshot = readProcSnapshot,
): PeakMemorySampler {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeResidentBytes(root, snapshot(root)));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
