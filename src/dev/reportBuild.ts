import { describeChanges } from "./describeChanges.ts";
import type { BuildOutcome, DevLog, SourceChange } from "./types.ts";

export interface BuildReport {
  outcome: BuildOutcome;
  /** What triggered the build; none for the first one. */
  changes: readonly SourceChange[];
  seconds: number;
}

/** One line per build, `rebuilt in 1.2 s (content/new.txt added)`, then any problems one per line. */
export function reportBuild(log: DevLog, report: BuildReport): void {
  const { outcome, changes } = report;
  const took = `in ${report.seconds.toFixed(1)} s`;
  const trigger = changes.length > 0 ? ` (${describeChanges(changes)})` : "";
  const keptSite =
    changes.length > 0 ? "; still serving the last good site" : "; fix it and save to build again";
  if (outcome.kind === "built") {
    const count = `${outcome.articleCount} ${outcome.articleCount === 1 ? "article" : "articles"}`;
    if (changes.length === 0) log.info(`built ${count} ${took}`);
    else if (outcome.unchanged) log.info(`nothing to rebuild, checked ${took}${trigger}`);
    else log.info(`rebuilt ${count} ${took}${trigger}`);
  } else if (outcome.kind === "rejected") {
    log.error(`build failed ${took}${trigger}: ${outcome.summary}${keptSite}`);
    for (const problem of outcome.problems) log.error(`  ${problem}`);
  } else {
    log.error(`build failed ${took}${trigger}: ${outcome.message}${keptSite}`);
  }
}
