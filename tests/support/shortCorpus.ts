import { writeFile } from "node:fs/promises";
import path from "node:path";
import { generateArticle } from "../../scripts/bench/generateCorpus.ts";

/** Past this many characters a generated article is cut at a paragraph: the pages' lists, not bodies, are tested. */
const maxCharacters = 1200;

/**
 * Writes `count` of the benchmark's generated articles, each cut short so a test can parse and index thousands in
 * seconds; headlines, dates, countries and the people named early stay as generated.
 */
export async function writeShortCorpus(outDir: string, count: number, seed: number): Promise<void> {
  for (let index = 0; index < count; index++) {
    const { fileName, content } = generateArticle(seed, index);
    const cut = content.lastIndexOf("\n\n", maxCharacters);
    await writeFile(path.join(outDir, fileName), cut > 0 ? `${content.slice(0, cut)}\n` : content);
  }
}
