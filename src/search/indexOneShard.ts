import { readFile } from "node:fs/promises";
import * as pagefind from "pagefind";
import type { PageArrivals } from "./pageArrivals.ts";
import { searchableHtml } from "./searchableHtml.ts";

/** A page to index: its URL, the absolute path of its HTML and, while this build still writes it, its name. */
export interface ShardPage {
  url: string;
  file: string;
  /** The site-relative file to wait for (`PageArrivals`) before reading `file`. */
  pending?: string;
}

export interface ShardJob {
  pages: ShardPage[];
  /** Add the page that sorts after every article both ways (see src/search/searchLayout.ts). */
  sentinel: boolean;
  /** Absolute folder the bundle is written to. */
  outputPath: string;
}

/** Never served: no page of the site links to it, and no search finds it. */
const sentinelUrl = "/pagefind/sentinel/";

export type ShardOutcome = { ok: true; pageCount: number } | { ok: false; step: string; errors: string[] };

/**
 * Indexes one shard's pages with Pagefind's Node API, which runs every index of a process in one Pagefind
 * service; callers wanting parallel shards run this in separate threads, each with its own service.
 */
export async function indexOneShard(job: ShardJob, arrivals: PageArrivals): Promise<ShardOutcome> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index)
    return { ok: false, step: "createIndex", errors: errors.length > 0 ? errors : ["no index returned"] };
  try {
    const problems: string[] = [];
    const contents = readAhead(job.pages, arrivals);
    // One at a time, in the shard's order: Pagefind numbers pages as they arrive, and the bundle must not
    // depend on which read finished first.
    let pageCount = 0;
    for (const [position, page] of job.pages.entries()) {
      const added = await index.addHTMLFile({ url: page.url, content: await contents.get(position) });
      problems.push(...added.errors);
      if (added.errors.length === 0) pageCount++;
    }
    if (job.sentinel) {
      // A word no article contains, so the sentinel never turns up in a search; it only takes the last rank.
      const added = await index.addCustomRecord({
        url: sentinelUrl,
        content: "newsarchiveshardsentinel",
        language: "en",
        sort: { newest: "0000", oldest: "0000" },
      });
      problems.push(...added.errors);
    }
    if (problems.length > 0) return { ok: false, step: "addHTMLFile", errors: problems };
    const written = await index.writeFiles({ outputPath: job.outputPath });
    if (written.errors.length > 0) return { ok: false, step: "writeFiles", errors: written.errors };
    return { ok: true, pageCount };
  } finally {
    await index.deleteIndex();
  }
}

/** Pages read at once, ahead of the one Pagefind is given. */
const pagesReadAhead = 16;

/**
 * Each page's searchable HTML, read a few pages ahead of the one asked for, so that Pagefind parses one page
 * while the next are read: reading a whole shard first kept Pagefind waiting for 0.7 s of a 700-page shard. A
 * page the build is still writing is read once it is written.
 */
function readAhead(
  pages: readonly ShardPage[],
  arrivals: PageArrivals,
): { get(position: number): Promise<string> } {
  const reads: Promise<string>[] = [];
  return {
    get(position) {
      for (const page of pages.slice(reads.length, position + pagesReadAhead)) {
        const written = page.pending === undefined ? Promise.resolve() : arrivals.whenWritten([page.pending]);
        const read = written.then(() => readFile(page.file, "utf8")).then(searchableHtml);
        // Awaited in turn by `get`; until then a failed read must not count as unhandled.
        read.catch(() => {});
        reads.push(read);
      }
      return reads[position] ?? Promise.resolve("");
    },
  };
}

export async function closePagefind(): Promise<void> {
  await pagefind.close();
}
