export { type AddOutcome, addArticles } from "./addArticles.ts";
export { ArticleError, type ArticleErrorCode, formatProblem } from "./errors.ts";
export { describeArticleFiles, type IngestResult, ingestFolder } from "./ingestFolder.ts";
export { type ParseArticleInput, parseArticle } from "./parseArticle.ts";
export * from "./schema.ts";
export { currentDay } from "./today.ts";
