/**
 * The part of a page Pagefind reads. Once a page has a `data-pagefind-body` element, Pagefind indexes only that
 * element, and the article layout keeps every `data-pagefind-*` attribute inside it. Handed only that element,
 * Pagefind parses half the bytes of an article page and writes the same bundle, byte for byte.
 *
 * A page with anything Pagefind might read elsewhere (an owner's layout with a filter, a heading or an image
 * outside the element), or whose element cannot be delimited, is handed over whole.
 */
export function searchableHtml(page: string): string {
  const opening = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body[\s=/>]/i.exec(page);
  const tag = opening?.[1];
  if (opening === null || tag === undefined) return page;
  const end = closingEnd(page, tag, opening.index);
  if (end === undefined) return page;
  const outside = page.slice(0, opening.index) + page.slice(end);
  if (/<h1\b|<img\b|data-pagefind-/i.test(outside)) return page;
  const lang = /<html\b[^>]*\slang="([^"]*)"/i.exec(page)?.[1];
  const html = lang === undefined ? "<html>" : `<html lang="${lang}">`;
  return `<!DOCTYPE html>${html}<head><meta charset="utf-8"></head><body>${page.slice(opening.index, end)}</body></html>`;
}

/** Where the element opened at `start` ends, counting the same tag nested inside it. */
function closingEnd(page: string, tag: string, start: number): number | undefined {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, "gi");
  tags.lastIndex = start;
  let depth = 0;
  for (let found = tags.exec(page); found !== null; found = tags.exec(page)) {
    depth += found[1] === "/" ? -1 : 1;
    if (depth === 0) return found.index + found[0].length;
  }
  return undefined;
}
