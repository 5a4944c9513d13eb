/**
 * More values than any article's front matter holds. YAML aliases (`b: &b [*a, *a]`) repeat a list without
 * copying it, so a few lines can stand for billions of values; counting each repeat bounds the work on them.
 */
const maxFrontMatterValues = 1_000;

/** The longest string a front matter field may hold: a summary is a paragraph, not an article. */
const maxFieldLength = 5_000;

export interface Oversize {
  /** The top-level field at which the front matter outgrew its bounds. */
  field: string;
  code: "too-large" | "too-long";
  problem: string;
}

/** Finds where parsed front matter outgrows what an article needs, in time bounded however far it expands. */
export function findOversizedField(data: Record<string, unknown>): Oversize | undefined {
  let remaining = maxFrontMatterValues;
  for (const [field, value] of Object.entries(data)) {
    const pending: unknown[] = [value];
    while (pending.length > 0) {
      const next = pending.pop();
      remaining--;
      if (typeof next === "string" && next.length > maxFieldLength) {
        const problem = `holds ${next.length} characters, over the ${maxFieldLength}-character limit for a field`;
        return { field, code: "too-long", problem };
      }
      const children = typeof next === "object" && next !== null ? Object.values(next) : [];
      if (remaining < children.length) {
        const problem = `makes the front matter hold more than ${maxFrontMatterValues} values (do YAML aliases repeat a list?)`;
        return { field, code: "too-large", problem };
      }
      pending.push(...children);
    }
  }
  return undefined;
}
