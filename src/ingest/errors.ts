/** Stable names for the problems a user's file can have. */
export type ArticleErrorCode =
  | "unreadable"
  | "empty"
  | "binary"
  | "too-large"
  | "too-long"
  | "too-deep"
  | "encoding"
  | "yaml"
  | "front-matter"
  | "invalid-record"
  | "symlink"
  | "duplicate";

/** A problem with one article file that the user can fix; `line` is 1-based when known. */
export class ArticleError extends Error {
  override readonly name = "ArticleError";
  constructor(
    readonly code: ArticleErrorCode,
    readonly sourcePath: string,
    readonly detail: string,
    readonly line?: number,
  ) {
    super(`${sourcePath}${line === undefined ? "" : `:${line}`}: ${detail}`);
  }
}

/** `content/foo.md:3: published: "2015-13-01" is not a date`, naming the file as the user knows it. */
export function formatProblem(error: ArticleError, shownPath: string = error.sourcePath): string {
  return `${shownPath}${error.line === undefined ? "" : `:${error.line}`}: ${error.detail}`;
}
