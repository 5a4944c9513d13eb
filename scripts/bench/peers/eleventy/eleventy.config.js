import path from "node:path";
import { fileURLToPath } from "node:url";

// The plain Eleventy + Pagefind starter that `npm run bench -- --peers` measures newsarchive against: every
// article file of the corpus (the folder given with --input) becomes one page in a plain layout (title, date,
// body), and `pagefind --site` then indexes the output. Markdown goes through Eleventy's own markdown-it; raw
// `.txt` articles are a template format of their own: the first line is the headline, blank lines separate
// paragraphs.

const fixtureDir = path.dirname(fileURLToPath(import.meta.url));

const escapes = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (text) => text.replace(/[&<>"]/g, (character) => escapes[character]);

/** A raw text article's first line, its headline, and the paragraphs after it. */
function readRawText(text) {
  const [headline = "", rest = ""] = text.trim().split(/\r?\n(.*)/s);
  const paragraphs = rest
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) => block.trim().replace(/\s*\r?\n\s*/g, " "))
    .filter((block) => block !== "");
  return { headline: headline.trim(), paragraphs };
}

/** `2019-03-18` from a Date or a front matter string. */
function isoDay(value) {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value ?? "").slice(0, 10);
}

/** Hugo's `2019-03-18 13:00:00 -0500`, which Luxon's ISO parser refuses; anything else is left to Eleventy. */
function hugoDate(value) {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2})$/.exec(String(value ?? ""));
  return match === null ? undefined : new Date(`${match[1]}T${match[2]}${match[3]}:${match[4]}`);
}

export default function configure(eleventyConfig) {
  // The corpus is the input folder: the layout is found relative to it, wherever it is.
  const input = path.resolve(eleventyConfig.directories.input);
  eleventyConfig.setIncludesDirectory(path.relative(input, path.join(fixtureDir, "_includes")));
  eleventyConfig.setTemplateFormats(["md", "markdown", "txt"]);
  eleventyConfig.addExtension("markdown", { key: "md" });
  eleventyConfig.addExtension("txt", {
    compile: (inputContent) => () =>
      readRawText(inputContent)
        .paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
        .join("\n"),
  });
  eleventyConfig.addDateParsing(hugoDate);
  eleventyConfig.addGlobalData("layout", "article.njk");
  eleventyConfig.addGlobalData("eleventyComputed", {
    headline: (data) => data.title ?? (readRawText(data.page.rawInput ?? "").headline || data.page.fileSlug),
    // Front matter says `date` or `published`; a raw text file's date is in its name or, failing that, the file's.
    shownDate: (data) => isoDay(data.published ?? data.page.date),
  });
  // Article text is text, not Liquid: a stray `{{` must not break the build.
  return { markdownTemplateEngine: false };
}
