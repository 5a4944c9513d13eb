/** A Hugo or kramdown heading attribute closing an ATX heading line: `## Why We Did It {#toc0}`. */
const headingAttribute = /^([ \t]{0,3}#{1,6}[ \t].*?)[ \t]*\{#[^}\n]*\}[ \t]*$/gm;

/** Drops heading-id syntax, which CommonMark would otherwise show as text; line breaks are kept. */
export function withoutHeadingIds(markdown: string): string {
  return markdown.replace(headingAttribute, "$1");
}
