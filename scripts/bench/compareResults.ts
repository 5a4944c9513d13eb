import { readFile } from "node:fs/promises";
import { UserError } from "../../src/cli/userError.ts";
import { figures, formatFigure } from "./resultsTable.ts";
import type { BenchmarkRun, MachineFacts } from "./resultTypes.ts";

/** Reads a results JSON written by an earlier run, refusing anything else in one line. */
export async function readResultsFile(file: string): Promise<BenchmarkRun> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new UserError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const run = data as Partial<BenchmarkRun> | null;
  if (typeof run?.machine !== "object" || !Array.isArray(run.corpora)) {
    throw new UserError(`${file} is not a results file written by npm run bench`);
  }
  return run as BenchmarkRun;
}

/** `+12.5%`, `-3.0%`; undefined when there is nothing to divide by or a side is missing. */
export function percentChange(before: number | undefined, after: number | undefined): string | undefined {
  if (before === undefined || after === undefined || before === 0) return undefined;
  const change = ((after - before) / before) * 100;
  return `${change >= 0 ? "+" : ""}${change.toFixed(1)}%`;
}

function describeMachine(machine: MachineFacts): string {
  return `${machine.cpus} CPUs, ${(machine.memoryBytes / 2 ** 30).toFixed(0)} GiB, Node ${machine.node}`;
}

/**
 * For each corpus in `after` that `before` also has (matched by label), a Markdown table of every figure:
 * before, after and the change. A note warns when the machines differ.
 */
export function compareRuns(before: BenchmarkRun, after: BenchmarkRun): string {
  const sections: string[] = [];
  const [machineBefore, machineAfter] = [describeMachine(before.machine), describeMachine(after.machine)];
  if (machineBefore !== machineAfter) {
    sections.push(`Different machines: before ${machineBefore}; after ${machineAfter}.`);
  }
  for (const corpus of after.corpora) {
    const earlier = before.corpora.find((candidate) => candidate.label === corpus.label);
    if (earlier === undefined) {
      sections.push(`${corpus.label}: no earlier result to compare with.`);
      continue;
    }
    const rows = figures.map((figure) => {
      const [old, now] = [figure.value(earlier), figure.value(corpus)];
      const cells = [formatFigure(old, figure.digits), formatFigure(now, figure.digits)];
      return `| ${figure.header} | ${cells.join(" | ")} | ${percentChange(old, now) ?? "–"} |`;
    });
    sections.push(
      [`${corpus.label} (before ${before.startedAt}):`, "", "| figure | before | after | change |"]
        .concat("| --- | ---: | ---: | ---: |", rows)
        .join("\n"),
    );
  }
  return sections.join("\n\n");
}
