import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { decodeHTML } from "entities";
import { readSearchLayout } from "./indexShards.ts";
import type { ShardBundle } from "./searchLayout.ts";

export type SearchOrder = "relevance" | "newest" | "oldest";

export interface SearchQuery {
  query: string;
  /** Filter values as indexed, e.g. `{ country: ["Germany"], year: ["2014"] }`. */
  filters?: Record<string, string[]>;
  /** Default `relevance`; by date, undated articles come last. */
  order?: SearchOrder;
}

/** The article layout's sort keys (two, so undated articles come last both ways), as the search page uses them. */
const sorts = { relevance: {}, newest: { newest: "desc" }, oldest: { oldest: "asc" } } as const;

export interface SearchResult {
  url: string;
  title: string;
  /** ISO date, or null for undated articles. */
  published: string | null;
  /** Plain-text excerpt around the matched words. */
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    options: { filters: Record<string, string[]>; sort: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  destroy?(): Promise<void>;
}

/**
 * Runs a search on a built site's Pagefind bundle in Node, with the bundle's own pagefind.js and WebAssembly:
 * the same engine and ranking a reader gets in the browser, offline.
 */
export async function searchIndex(
  siteDir: string,
  { query, filters = {}, order = "relevance" }: SearchQuery,
): Promise<SearchResult[]> {
  const bundleDir = path.resolve(siteDir, "pagefind");
  const pagefind = await loadPagefind(bundleDir);
  const layout = await readSearchLayout(siteDir);
  // The same weights as the search page (layouts/assets/search.js): they keep date order across shards.
  const indexWeight = (bundle: ShardBundle | undefined) =>
    order === "relevance" || bundle === undefined
      ? 1
      : bundle[order === "newest" ? "newestWeight" : "oldestWeight"];
  await pagefind.options({
    basePath: pathToFileURL(`${bundleDir}/`).href,
    baseUrl: "/",
    indexWeight: indexWeight(layout?.primary),
  });
  for (const shard of layout?.merged ?? []) {
    await pagefind.mergeIndex(pathToFileURL(`${path.join(siteDir, shard.path)}/`).href, {
      baseUrl: "/",
      indexWeight: indexWeight(shard),
    });
  }
  const { results } = await pagefind.search(query, { filters, sort: sorts[order] });
  const found = await Promise.all(results.map((result) => result.data()));
  await pagefind.destroy?.();
  return found.map(toSearchResult);
}

function toSearchResult(data: PagefindResultData): SearchResult {
  const published = data.meta.published;
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    published: published !== undefined && /^\d{4}-\d{2}-\d{2}/.test(published) ? published : null,
    // Pagefind's excerpt is escaped text with <mark> around the matched words.
    excerpt: decodeHTML(data.excerpt.replace(/<\/?mark>/g, "")),
  };
}

let fileFetchInstalled = false;

/** pagefind.js fetches its index relative to its own URL; in Node that URL is a file, which fetch cannot read. */
function installFileFetch(): void {
  if (fileFetchInstalled) return;
  fileFetchInstalled = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith("file:")) return networkFetch(input, init);
    const file = fileURLToPath(url.replace(/[?#].*$/, ""));
    return new Response(await readFile(file));
  };
}

/**
 * Imported as source, since a `.js` file outside any package would be loaded as CommonJS, and pagefind.js is
 * an ES module; its base path is set explicitly after loading.
 */
async function loadPagefind(bundleDir: string): Promise<PagefindModule> {
  installFileFetch();
  const source = await readFile(path.join(bundleDir, "pagefind.js"));
  return (await import(`data:text/javascript;base64,${source.toString("base64")}`)) as PagefindModule;
}
