import path from "node:path";

const articleExtensions = new Set([".txt", ".md", ".markdown"]);

/** Whether a file of this name is an article: raw text or Markdown. */
export function isArticleFileName(name: string): boolean {
  return articleExtensions.has(path.extname(name).toLowerCase());
}
