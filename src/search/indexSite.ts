import path from "node:path";
import * as pagefind from "pagefind";

/** Pagefind reported a problem; the build must fail rather than ship a broken or partial index. */
export class SearchIndexError extends Error {
  override readonly name = "SearchIndexError";
  constructor(
    readonly step: string,
    readonly errors: readonly string[],
  ) {
    super(`search index: ${step} failed: ${errors.join("; ")}`);
  }
}

export interface IndexSiteOptions {
  /** How many pages must be indexed (one per article); a different count fails the build. Default: not checked. */
  expectedPages?: number;
}

export interface IndexSiteResult {
  pageCount: number;
  /** Folder of the written bundle: `<siteDir>/pagefind`. */
  bundleDir: string;
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(step, errors);
}

/**
 * Indexes the built HTML in `siteDir` with Pagefind's Node API and writes the bundle to `<siteDir>/pagefind/`.
 * Which pages, filters (country, year, source), sort key and metadata are indexed is decided by the
 * data-pagefind-* attributes of the article layout.
 */
export async function indexSite(siteDir: string, options: IndexSiteOptions = {}): Promise<IndexSiteResult> {
  const bundleDir = path.join(siteDir, "pagefind");
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    check("createIndex", errors);
    if (!index) throw new SearchIndexError("createIndex", ["no index returned"]);
    // Only article pages are searchable; the glob also keeps lists and navigation out of the page count.
    const added = await index.addDirectory({ path: siteDir, glob: "articles/**/*.html" });
    check("addDirectory", added.errors);
    if (options.expectedPages !== undefined && added.page_count !== options.expectedPages) {
      throw new SearchIndexError("addDirectory", [
        `indexed ${added.page_count} pages but the archive has ${options.expectedPages} articles`,
      ]);
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    check("writeFiles", written.errors);
    return { pageCount: added.page_count, bundleDir };
  } finally {
    await pagefind.close();
  }
}
