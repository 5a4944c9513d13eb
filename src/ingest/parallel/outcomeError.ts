import { ArticleError } from "../errors.ts";
import type { ParseOutcome } from "./messages.ts";

export function outcomeError(outcome: Extract<ParseOutcome, { ok: false }>): ArticleError {
  return new ArticleError(outcome.code, outcome.sourcePath, outcome.detail, outcome.line);
}
