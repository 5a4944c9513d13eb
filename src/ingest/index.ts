export { type AddOutcome, addArticles } from "./addArticles.ts";
export { describeArticleFolder, scanArticleFolder } from "./articleFolder.ts";
export { ArticleError, type ArticleErrorCode, formatProblem } from "./errors.ts";
export { type IngestResult, ingestFolder } from "./ingestFolder.ts";
export { type ParseArticleInput, parseArticle } from "./parseArticle.ts";
export * from "./schema.ts";
export { currentDay } from "./today.ts";
