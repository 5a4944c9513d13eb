import type { Dirent, Stats } from "node:fs";
import { lstat, readdir } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";
import { isArticleFileName } from "./articleFileName.ts";

/** A file as it was when the folder was listed; no stats if it vanished meanwhile. */
export interface ListedFile {
  /** Relative to the content folder, with `/` separators. */
  sourcePath: string;
  stats: Stats | undefined;
}

/** The article files of a content folder, and links named like articles, each sorted by path. */
export interface ArticleFolder {
  files: ListedFile[];
  /** Reported rather than followed out of the folder. */
  links: ListedFile[];
}

/**
 * Lists the article files below `contentDir` with their sizes and times, once per build: the build tells from
 * them whether anything changed, and ingest which files its cache already holds.
 */
export async function scanArticleFolder(contentDir: string): Promise<ArticleFolder> {
  const { files, links } = await listArticleEntries(contentDir);
  const withStats = (paths: readonly string[]) =>
    pMap(
      paths,
      async (sourcePath) => ({
        sourcePath,
        stats: await lstat(path.join(contentDir, sourcePath)).catch(() => undefined),
      }),
      { concurrency: 32 },
    );
  return { files: await withStats(files), links: await withStats(links) };
}

/**
 * One line per article file (path, size, modification time), including links: enough to tell that nothing in
 * the folder changed without reading a file.
 */
export function describeArticleFolder({ files, links }: ArticleFolder): string {
  return [...files, ...links]
    .map(({ sourcePath, stats }) => `${sourcePath}\t${stats?.size}\t${stats?.mtimeMs}`)
    .sort()
    .join("\n");
}

/** Lists the article files below `contentDir`, relative to it, with `/` separators, sorted. */
export async function listArticleFiles(contentDir: string): Promise<string[]> {
  return (await listArticleEntries(contentDir)).files;
}

async function listArticleEntries(contentDir: string): Promise<{ files: string[]; links: string[] }> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  const relative = (entry: Dirent) =>
    path.relative(contentDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
  const articles = entries
    .filter((entry) => isArticleFileName(entry.name))
    .filter(
      (entry) =>
        !relative(entry)
          .split("/")
          .some((segment) => segment.startsWith(".")),
    );
  return {
    files: articles
      .filter((entry) => entry.isFile())
      .map(relative)
      .sort(),
    links: articles
      .filter((entry) => entry.isSymbolicLink())
      .map(relative)
      .sort(),
  };
}
