/** An ATX heading line (`## Why We Did It {#toc0}`). */
const headingLine = /^[ \t]{0,3}#{1,6}[ \t].*$/gm;
/**
 * A Hugo or kramdown heading attribute: at the end of the heading's text, before the line ends or raw HTML
 * begins (`### Pre-flip {#pre-flip}<figure>…`, which the sanitizer removes).
 */
const headingAttribute = /[ \t]*\{#[^}\s]*\}(?=[ \t]*(?:<|$))/;

/** Drops heading-id syntax, which CommonMark would otherwise show as text; line breaks are kept. */
export function withoutHeadingIds(markdown: string): string {
  return markdown.replace(headingLine, (line) => line.replace(headingAttribute, ""));
}
