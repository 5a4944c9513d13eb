// Starts Pagefind's own UI on the search page. The query, order and filters live in the URL
// (?q=…&order=newest&country=Germany), so a search can be shared and the header's GET form lands here.
(() => {
  const host = document.getElementById("search");
  if (!host || !("PagefindUI" in window)) return;
  const { bundlePath, baseUrl } = host.dataset;
  // Large archives are split into shards by date; the weights keep date order across them.
  const shards = JSON.parse(host.dataset.shards ?? '{"weights":{},"merged":[]}');
  const filterNames = ["country", "year", "source", "person", "organization"];
  // People and organisations run to hundreds of names, so their groups start closed.
  const openFilterNames = ["country", "year", "source"];
  // Two sort keys on each article, so undated ones come last in both directions.
  const orders = { newest: { newest: "desc" }, oldest: { oldest: "asc" } };
  // The same bounds as `newsarchive search` (src/cli/commands/search.ts): Pagefind's time grows faster than the
  // query, so a pasted page of text would freeze the tab.
  const maxQueryWords = 64;
  const maxQueryCharacters = 500;
  const bounded = (value) =>
    value.slice(0, maxQueryCharacters).split(/\s+/).slice(0, maxQueryWords).join(" ");
  const params = new URLSearchParams(window.location.search);
  const term = bounded(params.get("q") ?? "");
  const order = params.get("order") ?? "relevance";

  const filters = {};
  for (const name of filterNames) {
    const values = params.getAll(name);
    if (values.length > 0) filters[name] = values;
  }

  // Pagefind's cache tag: the build's index version (offline-index-version.js) instead of a timestamp, so the
  // entry's URL changes exactly when the index does and the copy the service worker saved is reused offline.
  const cacheTag = typeof window.newsarchiveIndexVersion === "string" && {
    metaCacheTag: window.newsarchiveIndexVersion,
  };
  const weightFor = (weights) => (Object.hasOwn(orders, order) ? weights[order] : 1);

  const ui = new window.PagefindUI({
    element: "#search",
    bundlePath,
    baseUrl,
    ...cacheTag,
    indexWeight: weightFor(shards.weights),
    mergeIndex: shards.merged.map((shard) => ({
      bundlePath: shard.bundlePath,
      baseUrl,
      ...cacheTag,
      indexWeight: weightFor(shard.weights),
    })),
    showImages: false,
    // Pagefind's default waits 300 ms after each key; its searches take a few milliseconds once loaded.
    debounceTimeoutMs: 120,
    // The ISO `published` metadata is for the terminal search; readers already see the formatted date.
    processResult: (result) => {
      const { published, ...meta } = result.meta;
      return { ...result, meta };
    },
    showSubResults: false,
    // Open filter groups fill a phone's screen before any result, so they start closed there.
    openFilters: window.matchMedia("(min-width: 48rem)").matches ? openFilterNames : [],
    sort: Object.hasOwn(orders, order) ? orders[order] : null,
    autofocus: term === "",
    processTerm: (value) => {
      const query = bounded(value);
      const url = new URL(window.location.href);
      if (query) url.searchParams.set("q", query);
      else url.searchParams.delete("q");
      window.history.replaceState(null, "", url);
      return query;
    },
  });
  const input = host.querySelector(".pagefind-ui__search-input");
  // Pagefind's box is labelled only by a tooltip; the page heading gives it a visible label.
  input?.setAttribute("aria-labelledby", "search-heading");
  input?.setAttribute("maxlength", String(maxQueryCharacters));
  if (Object.keys(filters).length > 0) ui.triggerFilters(filters);
  if (term) ui.triggerSearch(term);

  const sortSelect = document.getElementById("search-sort");
  if (!sortSelect) return;
  sortSelect.value = order in orders ? order : "relevance";
  sortSelect.closest("[hidden]")?.removeAttribute("hidden");
  sortSelect.addEventListener("change", () => {
    const url = new URL(window.location.href);
    url.search = "";
    const current = host.querySelector(".pagefind-ui__search-input")?.value ?? "";
    if (current) url.searchParams.set("q", current);
    if (sortSelect.value !== "relevance") url.searchParams.set("order", sortSelect.value);
    for (const box of host.querySelectorAll(".pagefind-ui__filter-checkbox:checked")) {
      url.searchParams.append(box.name, box.value);
    }
    window.location.assign(url);
  });
})();
