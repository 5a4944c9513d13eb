import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** Long words that say nothing about a story, so a search for them is not what a reader types. */
const functionWords = new Set([
  "across",
  "against",
  "another",
  "because",
  "before",
  "between",
  "despite",
  "during",
  "should",
  "through",
  "toward",
  "towards",
  "within",
  "without",
]);

function searchableWords(headline: string): string[] {
  return headline
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 6 && !functionWords.has(word));
}

/**
 * Two different words a reader might search for, each from a headline (so each has results): the first
 * from the earliest headline that has one, the second from a later headline.
 */
export function pickQueryWords(headlines: readonly string[]): [string, string] | undefined {
  for (const [index, headline] of headlines.entries()) {
    const first = searchableWords(headline)[0];
    if (first === undefined) continue;
    for (const later of headlines.slice(index + 1)) {
      const second = searchableWords(later).find((word) => word !== first);
      if (second !== undefined) return [first, second];
    }
  }
  return undefined;
}

const headlinePattern = /<h1[^>]*>([^<]*)<\/h1>/;
const sampledPages = 50;

/** Headlines of the first article pages of a built site, in slug order. */
export async function readHeadlines(outDir: string): Promise<string[]> {
  const articlesDir = path.join(outDir, "articles");
  const slugs = (await readdir(articlesDir)).sort().slice(0, sampledPages);
  const pages = await Promise.all(
    slugs.map((slug) => readFile(path.join(articlesDir, slug, "index.html"), "utf8").catch(() => "")),
  );
  return pages.flatMap((page) => {
    const headline = headlinePattern.exec(page)?.[1];
    return headline === undefined ? [] : [headline];
  });
}
