import { isoDay } from "./dates.ts";
import type { ArticleDraft } from "./draftArticle.ts";
import type { Random } from "./random.ts";

/** Headline words safe in any file system and shell: ASCII letters, digits, single spaces. */
function safeWords(title: string, maxLength: number): string {
  const words = title
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9 -]/g, "")
    .split(/[\s-]+/)
    .filter((word) => word.length > 0);
  let name = "";
  for (const word of words) {
    if (name.length + word.length + 1 > maxLength) break;
    name = name === "" ? word : `${name} ${word}`;
  }
  return name || "untitled";
}

/** `us-aggressively-raising-cybersecurity`, for Hugo-style names and links. */
export function slugOf(title: string): string {
  return safeWords(title, 60).toLowerCase().replaceAll(" ", "-");
}

/**
 * Names a file the way scraped archives do: mostly `000123_bf2e55078a7757b2.txt` like the seeds;
 * `2014-07-17 Headline.txt` when the name is the only place the date is stated; Hugo-style
 * `2019-03-18-headline.md` for some Markdown.
 */
export function fileNameFor(random: Random, draft: ArticleDraft, index: number): string {
  const hexName = `${String(index).padStart(6, "0")}_${random.hex(16)}`;
  if (draft.format === "markdown") {
    return random.chance(0.5) ? `${isoDay(draft.published)}-${slugOf(draft.title)}.md` : `${hexName}.md`;
  }
  if (draft.dateStyle !== "filename") return `${hexName}.txt`;
  const stamp = random.chance(0.3) ? `${isoDay(draft.published)}T000000Z` : isoDay(draft.published);
  return `${stamp} ${safeWords(draft.title, 80)}.txt`;
}
