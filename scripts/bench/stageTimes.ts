/** A plain stage line the build prints on stderr when it is not on a terminal. */
const stageLine = /^([a-z][\w-]*): .* in (\d+(?:\.\d+)?) s$/;

/**
 * Reads the seconds of each stage from a build's stderr, e.g. `index: 1000 pages searchable in 9.8 s`;
 * every other line (warnings, skipped files) is ignored. A stage reported twice keeps its sum.
 */
export function parseStageSeconds(stderr: string): Record<string, number> {
  const seconds: Record<string, number> = {};
  for (const line of stderr.split(/\r?\n/)) {
    const match = stageLine.exec(line.trim());
    if (match?.[1] === undefined || match[2] === undefined) continue;
    seconds[match[1]] = (seconds[match[1]] ?? 0) + Number(match[2]);
  }
  return seconds;
}
