// The search page's engine, in a module worker: Pagefind and every shard of the index run here, so a search that
// matches thousands of articles costs the page only the results it shows. Pagefind would start its own worker
// anyway, but it hands every match and every filter value back to the page, whose main thread then spent hundreds
// of milliseconds receiving them (Lighthouse counted it as blocking time). Here the page asks for a page of
// results at a time and gets only the filter values that match.
let pagefind;
let ready;
let filtersLoaded;
let latest = { id: -1, results: [] };

const byName = new Intl.Collator("en").compare;

/**
 * Per filter, the values the results have and the ones the reader ticked, most frequent first, as two lists: a
 * large archive has thousands of names with no match, and two arrays cross to the page far faster than an object
 * with a key for each.
 */
function matchingCounts(counts, chosen) {
  return Object.fromEntries(
    Object.entries(counts ?? {}).map(([name, values]) => {
      const ticked = new Set(chosen[name] ?? []);
      const kept = Object.entries(values)
        .filter(([value, count]) => count > 0 || ticked.has(value))
        .sort(([a, countA], [b, countB]) => countB - countA || byName(a, b));
      return [name, { values: kept.map(([value]) => value), counts: kept.map(([, count]) => count) }];
    }),
  );
}

async function start({ bundlePath, baseUrl, shards, order, cacheTag }) {
  pagefind = await import(`${bundlePath}pagefind.js`);
  const weightFor = (weights) => (order === "relevance" ? 1 : weights[order]);
  const tag = cacheTag === undefined ? {} : { metaCacheTag: cacheTag };
  await pagefind.options({ baseUrl, indexWeight: weightFor(shards.weights), ...tag });
  // Merged together, not one after another: each shard's entry and metadata are a round trip. Pagefind adds each
  // index when it is asked to, so their order stays the same.
  await Promise.all(
    shards.merged.map((shard) =>
      pagefind.mergeIndex(shard.bundlePath, { baseUrl, indexWeight: weightFor(shard.weights), ...tag }),
    ),
  );
}

/** Pagefind's `filters()` loads every filter chunk and counts the whole archive; one call serves every ask. */
async function archiveFilters() {
  await ready;
  filtersLoaded ??= pagefind.filters();
  return filtersLoaded;
}

const pageOf = (start, size) =>
  Promise.all(latest.results.slice(start, start + size).map((result) => result.data()));

const methods = {
  start(settings) {
    ready = start(settings);
    return ready;
  },
  /** The count, the first `pageSize` results' data and the matching filter values of a search. */
  async search({ id, query, filters, sort, pageSize }) {
    await ready;
    const response = await pagefind.search(query, { filters, sort });
    if (response === null) return null;
    latest = { id, results: response.results };
    return {
      count: response.results.length,
      page: await pageOf(0, pageSize),
      filters: matchingCounts(response.filters, filters),
    };
  },
  /** More results of search `id`; none once a newer search has replaced it. */
  async page({ id, start, pageSize }) {
    return id === latest.id ? pageOf(start, pageSize) : [];
  },
  async preload({ query, filters }) {
    await ready;
    await pagefind.preload(query, { filters });
  },
  /** Loads every filter chunk, once: Pagefind counts a filter's values only where its chunks are loaded. */
  async loadFilters() {
    await archiveFilters();
  },
  /** The whole archive's counts, for the page before a search. */
  async archiveCounts() {
    return matchingCounts(await archiveFilters(), {});
  },
};

self.addEventListener("message", async ({ data: { call, method, args } }) => {
  try {
    self.postMessage({ call, result: await methods[method](args) });
  } catch (error) {
    self.postMessage({ call, error: String(error) });
  }
});
