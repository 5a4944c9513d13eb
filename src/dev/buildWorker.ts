import path from "node:path";
import { parentPort } from "node:worker_threads";
import { formatProblem } from "../ingest/errors.ts";
import { buildSite, ContentProblemsError } from "../site/index.ts";
import type { BuildOutcome, BuildRequest } from "./types.ts";

const longestMessage = 300;

/** One line for an error and what it wraps: Eleventy hides the template's own error in `originalError`. */
function describeError(error: unknown): string {
  const messages: string[] = [];
  let current: unknown = error;
  while (current instanceof Error && messages.length < 4) {
    const oneLine = current.message.replace(/\s*\n\s*/g, " ").trim();
    messages.push(oneLine.length > longestMessage ? `${oneLine.slice(0, longestMessage)}…` : oneLine);
    current = current.cause ?? (current as { originalError?: unknown }).originalError;
  }
  return messages.length > 0 ? messages.join(": ") : String(error);
}

async function build(request: BuildRequest): Promise<BuildOutcome> {
  try {
    const result = await buildSite(request);
    return { kind: "built", articleCount: result.articleCount, unchanged: result.unchanged };
  } catch (error) {
    if (!(error instanceof ContentProblemsError)) return { kind: "failed", message: describeError(error) };
    const problems = error.problems.map((problem) =>
      formatProblem(problem, path.join(request.contentDir, problem.sourcePath)),
    );
    return { kind: "rejected", summary: error.message, problems };
  }
}

parentPort?.on("message", async (request: BuildRequest) => {
  parentPort?.postMessage(await build(request));
});
