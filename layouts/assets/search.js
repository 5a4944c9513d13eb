// The search page, on Pagefind's JavaScript API. The query, order and filters live in the URL
// (?q=…&order=newest&country=Germany), so a search can be shared and the header's GET form lands here.
// Its parts keep the class names of Pagefind's own UI (pagefind-ui__search-input, __message, __result,
// __result-link), which the benchmark, the tests and any owner's styles already look for.
(() => {
  const host = document.getElementById("search");
  const form = document.getElementById("search-form");
  const input = document.getElementById("search-input");
  const sortSelect = document.getElementById("search-sort");
  const message = document.getElementById("search-message");
  const list = document.getElementById("search-results");
  const more = document.getElementById("search-more");
  const panel = document.getElementById("search-filters");
  if (!host || !form || !input || !sortSelect || !message || !list || !more || !panel) return;
  if (!("newsarchiveFilterPanel" in window)) return;
  const { bundlePath, baseUrl } = host.dataset;
  // Large archives are split into shards by date; the weights keep date order across them.
  const shards = JSON.parse(host.dataset.shards ?? '{"weights":{},"merged":[]}');
  // Two sort keys on each article, so undated ones come last in both directions.
  const orders = { newest: { newest: "desc" }, oldest: { oldest: "asc" } };
  // The same bounds as `newsarchive search` (src/cli/commands/search.ts): Pagefind's time grows faster than the
  // query, so a pasted page of text would freeze the tab.
  const maxQueryWords = 64;
  const maxQueryCharacters = 500;
  const bounded = (value) =>
    value.slice(0, maxQueryCharacters).split(/\s+/).slice(0, maxQueryWords).join(" ").trim();
  // A search takes about 100-150 ms at 10,000 articles and only the latest one runs (searchInTurn), so a short
  // pause after the last key is enough.
  const debounceMs = 80;
  const resultsPerPage = 10;

  const params = new URLSearchParams(window.location.search);
  const order = Object.hasOwn(orders, params.get("order") ?? "") ? params.get("order") : "relevance";
  let filters = {};
  const filterPanel = window.newsarchiveFilterPanel(panel, (chosen) => {
    filters = chosen;
    run();
  });
  for (const name of filterPanel.names) {
    const values = params.getAll(name);
    if (values.length > 0) filters[name] = values;
  }
  input.value = bounded(params.get("q") ?? "");
  sortSelect.value = order;
  // Wide screens show the filters beside the results; on a phone they wait, folded, above them.
  const filterDetails = panel.closest("details");
  if (filterDetails && window.matchMedia("(min-width: 48rem)").matches) filterDetails.open = true;
  if (input.value === "") input.focus();

  const engine = new Worker(host.dataset.engine, { type: "module" });
  const pending = new Map();
  let calls = 0;
  engine.addEventListener("message", ({ data }) => {
    const { resolve, reject } = pending.get(data.call);
    pending.delete(data.call);
    if ("error" in data) reject(new Error(data.error));
    else resolve(data.result);
  });
  /** Runs one of the engine's methods (assets/search-engine.js) and resolves with its answer. */
  const ask = (method, args) =>
    new Promise((resolve, reject) => {
      const call = calls++;
      pending.set(call, { resolve, reject });
      engine.postMessage({ call, method, args });
    });
  ask("start", {
    bundlePath,
    baseUrl,
    shards,
    order,
    // Pagefind's cache tag: the build's index version (offline-index-version.js) instead of a timestamp, so the
    // entry's URL changes exactly when the index does and the copy the service worker saved is reused offline.
    cacheTag: typeof window.newsarchiveIndexVersion === "string" ? window.newsarchiveIndexVersion : undefined,
  });
  // Pagefind counts filter values only for the filter chunks it has loaded. The engine loads them all, once,
  // after the first results are shown: a large archive's filters take a while, and loading them alongside the
  // first search would delay its results.
  let filtersLoaded = false;
  const loadFilters = () =>
    ask("loadFilters").then(() => {
      filtersLoaded = true;
    });

  /** The query, order and filters as the URL keeps them, in that order. */
  function stateUrl(query, chosenOrder) {
    const url = new URL(window.location.href);
    url.search = "";
    if (query) url.searchParams.set("q", query);
    if (chosenOrder !== "relevance") url.searchParams.set("order", chosenOrder);
    for (const name of filterPanel.names) {
      for (const value of filters[name] ?? []) url.searchParams.append(name, value);
    }
    return url;
  }

  /** Pagefind's excerpt is escaped text with <mark> around the matches; only text and marks are kept. */
  function excerptNodes(excerpt) {
    const parsed = new DOMParser().parseFromString(excerpt, "text/html").body.childNodes;
    return Array.from(parsed, (node) => {
      if (node.nodeName !== "MARK") return document.createTextNode(node.textContent ?? "");
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      return mark;
    });
  }

  function resultItem(data) {
    const item = document.createElement("li");
    item.className = "pagefind-ui__result";
    const link = document.createElement("a");
    link.className = "pagefind-ui__result-link";
    const target = new URL(data.url, window.location.href);
    // Only pages of this site: the index is ours, but a link is the one place a bad value could run script.
    if (target.origin === window.location.origin) link.href = target.href;
    link.textContent = data.meta.title ?? data.url;
    const title = document.createElement("p");
    title.className = "search-result-title";
    title.append(link);
    const date = document.createElement("p");
    date.className = "search-result-meta";
    date.textContent = data.meta.date ?? "";
    const excerpt = document.createElement("p");
    excerpt.className = "pagefind-ui__result-excerpt";
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(title, date, excerpt);
    return item;
  }

  let generation = 0;
  let resultCount = 0;
  function showPage(page) {
    list.append(...page.map(resultItem));
    more.hidden = list.children.length >= resultCount;
  }
  async function showMore(current) {
    const page = await ask("page", {
      id: current,
      start: list.children.length,
      pageSize: resultsPerPage,
    });
    if (current === generation) showPage(page);
  }

  // One search at a time in the engine: a search asked for while another runs waits for it, and is dropped (null)
  // if the reader has typed again meanwhile, so a burst of keys never queues stale searches ahead of the last.
  let searching = Promise.resolve();
  function searchInTurn(current, args) {
    const answer = searching.then(() => (current === generation ? ask("search", args) : null));
    searching = answer.catch(() => {});
    return answer;
  }

  async function run() {
    const current = ++generation;
    const query = bounded(input.value);
    window.history.replaceState(null, "", stateUrl(query, order));
    const filtered = Object.keys(filters).length > 0;
    if (!query && !filtered) {
      resultCount = 0;
      list.replaceChildren();
      more.hidden = true;
      message.textContent = "";
      const archiveCounts = await ask("archiveCounts");
      if (current === generation) filterPanel.update(archiveCounts, filters);
      return;
    }
    const search = (pageSize) =>
      searchInTurn(current, {
        id: current,
        query: query || null,
        filters,
        sort: order === "relevance" ? {} : orders[order],
        pageSize,
      });
    const countedAlready = filtersLoaded;
    const response = await search(resultsPerPage);
    if (current !== generation || response === null) return;
    resultCount = response.count;
    const noun = resultCount === 1 ? "result" : "results";
    // Separators as the rest of the site prints numbers: 3,787.
    const shown = resultCount.toLocaleString("en");
    message.textContent = query ? `${shown} ${noun} for “${query}”` : `${shown} ${noun}`;
    list.replaceChildren();
    showPage(response.page);
    if (countedAlready) return filterPanel.update(response.filters, filters);
    // The first search ran before every filter chunk was loaded, so its counts are partial: count again once
    // they are (the words' chunks are loaded by now, so this search is quick).
    await loadFilters();
    const counted = await search(0);
    if (current === generation && counted !== null) filterPanel.update(counted.filters, filters);
  }

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
    // Fetches the index chunks the words need while the reader is still typing, so the search itself finds
    // them loaded.
    const query = bounded(input.value);
    if (query) ask("preload", { query, filters });
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  more.addEventListener("click", () => showMore(generation));
  // Pagefind weighs each shard for one order when it loads it, so another order loads the page again.
  sortSelect.addEventListener("change", () =>
    window.location.assign(stateUrl(bounded(input.value), sortSelect.value)),
  );
  run();
})();
