import type { SourceChange } from "./types.ts";

const listedAtMost = 2;

/** Each file's net change over a batch: a file added then edited is still new. */
function netChanges(changes: readonly SourceChange[]): Map<string, SourceChange["event"]> {
  const byFile = new Map<string, SourceChange["event"]>();
  for (const { shown, event } of changes) {
    const earlier = byFile.get(shown);
    byFile.set(shown, earlier === "added" && event === "changed" ? "added" : event);
  }
  return byFile;
}

/** What triggered a rebuild, for the log: `content/new.txt added, layouts/base.css changed and 3 more`. */
export function describeChanges(changes: readonly SourceChange[]): string {
  const described = [...netChanges(changes)].map(([shown, event]) => `${shown} ${event}`);
  const listed = described.slice(0, listedAtMost).join(", ");
  const more = described.length - listedAtMost;
  return more > 0 ? `${listed} and ${more} more` : listed;
}
