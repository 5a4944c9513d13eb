/**
 * Deeper than any article nests quotes and lists. remark's time grows steeply with depth (100 list levels take
 * 0.15 s, 1,000 a minute) and its recursion overflows the stack (10,000 quote levels), so deeper files never
 * reach it.
 */
export const maxMarkdownDepth = 100;

/** The `>` and list markers that open containers at the start of a line, up to the last of them. */
const containerPrefix = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/;
const containerMarker = /[->+*]|\d{1,9}[.)]/g;
/** `- - -` and `* * *` (inside quotes, too) are rules, not lists nested in lists. */
const thematicBreak = /^([ \t>]*)([-*_])(?:[ \t]*\2){2,}[ \t]*$/;

/**
 * The first 1-based line of `markdown` nested deeper than `maxMarkdownDepth` quotes and lists, if any. Only a
 * line with markers opens containers. Its depth is taken as its markers plus half the columns among them, since
 * a list indents its children by at least two: never less than the depth remark builds, and found without it.
 */
export function findTooDeepLine(markdown: string): number | undefined {
  const index = markdown.split("\n").findIndex((line) => depthOf(line) > maxMarkdownDepth);
  return index === -1 ? undefined : index + 1;
}

function depthOf(line: string): number {
  const prefix = containerPrefix.exec(line.replace(thematicBreak, "$1"))?.[0] ?? "";
  const markers = prefix.match(containerMarker)?.length ?? 0;
  const columns = prefix.replace(/\S/g, "").replace(/\t/g, "    ").length;
  return markers + Math.floor(columns / 2);
}

/**
 * More `*` and `_` runs than a paragraph of prose holds. remark pairs emphasis delimiters in time that grows
 * steeply with their nesting (1,000 nested pairs take a quarter of a second, 4,000 take 17 s and overflow the
 * stack), and nesting hides in a single line, so the runs of a paragraph are counted instead.
 */
export const maxEmphasisRuns = 1_000;

const emphasisRun = /[*_]+/g;

/** The first 1-based line of a paragraph of `markdown` with more than `maxEmphasisRuns` runs, if any. */
export function findOverEmphasizedParagraph(markdown: string): number | undefined {
  let paragraphStart = 0;
  let runs = 0;
  const lines = markdown.split("\n");
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") {
      paragraphStart = index + 1;
      runs = 0;
      continue;
    }
    runs += line.match(emphasisRun)?.length ?? 0;
    if (runs > maxEmphasisRuns) return paragraphStart + 1;
  }
  return undefined;
}
