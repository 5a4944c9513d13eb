// The service worker's logic, imported by sw.js after offline-index-version.js. Two caches per site:
// "index <version>" holds one build's app shell and Pagefind bundle, filled completely before this worker takes
// over; "pages" holds the pages a reader opened. Every URL is resolved against the scope, which is the path prefix.
const scope = self.registration.scope;
const indexVersion = self.newsarchiveIndexVersion;
const cachePrefix = `newsarchive ${scope} `;
const indexCacheName = `${cachePrefix}index ${indexVersion}`;
const pagesCacheName = `${cachePrefix}pages`;
const inScope = (path) => new URL(path, scope).href;
const manifestUrl = inScope("offline-manifest.json");
const versionUrl = inScope("offline-index-version.js");
const entryUrl = inScope("pagefind/pagefind-entry.json");
const bundleUrl = inScope("pagefind/");
const offlinePageUrl = inScope("offline/");
// A URL the site never serves, put in an index cache once every chunk of that index is saved.
const indexSavedKey = inScope("offline-index-saved");
const parallelDownloads = 6;

const withoutQuery = (url) => url.split(/[?#]/)[0];
// A redirected response may not answer a navigation, and errors are not worth keeping.
const isSaveable = (response) => response.ok && !response.redirected;
// Chunk and metadata files are named by the hash of their content, and shard folders by the hash of their pages,
// so any build's copy is the right one.
const isContentAddressed = (url) =>
  /\/pagefind\/(shards\/[^/]+\/)?(index|filter|fragment)\/[^/]+$|\.pf_meta$|\/pagefind\/shards\//.test(url);

async function fetchOk(url) {
  const response = await fetch(url, { cache: "no-cache" });
  if (!isSaveable(response)) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/** Downloads `urls` into `cache` a few at a time; with `keepSaved`, URLs already there are not fetched again. */
async function saveAll(cache, urls, { keepSaved = false } = {}) {
  const queue = [...urls];
  const downloadRest = async () => {
    for (let url = queue.pop(); url !== undefined; url = queue.pop()) {
      if (keepSaved && (await cache.match(url))) continue;
      try {
        await cache.put(url, await fetchOk(url));
      } catch (error) {
        queue.length = 0;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: parallelDownloads }, downloadRest));
}

async function savedJson(cache, url) {
  const response = await cache.match(url);
  if (!response) throw new Error(`${url} is not saved`);
  return response.json();
}

/** Refuses a host caught mid-upload: manifest, version script and entry must all come from this worker's build. */
async function checkOneBuild(cache) {
  const manifest = await savedJson(cache, manifestUrl);
  const versionScript = await (await cache.match(versionUrl))?.text();
  const entry = await savedJson(cache, entryUrl);
  const metaFiles = Object.values(entry.languages).map(
    (language) => `pagefind/pagefind.${language.hash}.pf_meta`,
  );
  if (
    manifest.version !== indexVersion ||
    !versionScript?.includes(JSON.stringify(indexVersion)) ||
    !metaFiles.every((file) => manifest.engine.includes(file))
  ) {
    throw new Error(`the host is not serving one whole build of index ${indexVersion}`);
  }
}

/** Saves every index, filter and fragment chunk, then marks the index as whole. */
async function saveIndex(cache) {
  if (await cache.match(indexSavedKey)) return;
  const manifest = await savedJson(cache, manifestUrl);
  await saveAll(cache, manifest.chunks.map(inScope), { keepSaved: true });
  await cache.put(indexSavedKey, new Response(indexVersion));
}

async function indexCacheNames() {
  return (await caches.keys()).filter((name) => name.startsWith(`${cachePrefix}index `));
}

/** A reader who saved an earlier build's index for offline search gets this build's whole index before the switch. */
async function readerSavedAnIndex() {
  for (const name of await indexCacheNames()) {
    if (await (await caches.open(name)).match(indexSavedKey)) return true;
  }
  return false;
}

async function install() {
  const cache = await caches.open(indexCacheName);
  // One version names one set of bundle files, so what an earlier attempt saved under it is kept.
  await saveAll(cache, [manifestUrl, versionUrl], { keepSaved: true });
  const { engine } = await savedJson(cache, manifestUrl);
  await saveAll(cache, engine.map(inScope), { keepSaved: true });
  await checkOneBuild(cache).catch(async (error) => {
    await caches.delete(indexCacheName);
    throw error;
  });
  await saveAll(cache, self.newsarchiveShell.map(inScope));
  if (await readerSavedAnIndex()) await saveIndex(cache);
  await self.skipWaiting();
}

async function activate() {
  const stale = (await indexCacheNames()).filter((name) => name !== indexCacheName);
  await Promise.all(stale.map((name) => caches.delete(name)));
  await self.clients.claim();
}

/** The search bundle comes from this worker's own index cache, so a page never mixes two builds' files. */
async function fromIndex(request, url) {
  const cache = await caches.open(indexCacheName);
  const saved = await cache.match(url);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok && isContentAddressed(url)) await cache.put(url, response.clone());
  return response;
}

/** The page that registered the worker loaded before it existed, so it is fetched again to be saved. */
async function savePage(url) {
  const response = await fetch(url);
  if (isSaveable(response)) await (await caches.open(pagesCacheName)).put(withoutQuery(url), response);
}

async function savedCopy(url) {
  for (const name of [pagesCacheName, indexCacheName]) {
    const saved = await (await caches.open(name)).match(url);
    if (saved) return saved;
  }
  return undefined;
}

/**
 * Pages and assets: the network's copy when there is one, else the saved copy, else the offline page. The copy is
 * saved while the browser already reads the response, so pages still render as they stream in.
 */
async function networkFirst(request, url, keepAlive) {
  try {
    const response = await fetch(request);
    if (isSaveable(response)) {
      const copy = response.clone();
      keepAlive(caches.open(pagesCacheName).then((cache) => cache.put(url, copy)));
    }
    return response;
  } catch (error) {
    const saved = await savedCopy(url);
    if (saved) return saved;
    const offlinePage = request.mode === "navigate" && (await savedCopy(offlinePageUrl));
    if (offlinePage) return offlinePage;
    throw error;
  }
}

self.addEventListener("install", (event) => event.waitUntil(install()));
self.addEventListener("activate", (event) => event.waitUntil(activate()));

self.addEventListener("fetch", (event) => {
  const { request } = event;
  // Event streams (the dev server's live reload) never end, so they could never be saved; the browser keeps them.
  const isEventStream = request.headers.get("Accept") === "text/event-stream";
  if (request.method !== "GET" || !request.url.startsWith(scope) || isEventStream) return;
  const url = withoutQuery(request.url);
  if (url.startsWith(bundleUrl) || url === versionUrl) event.respondWith(fromIndex(request, url));
  else event.respondWith(networkFirst(request, url, (saving) => event.waitUntil(saving)));
});

self.addEventListener("message", (event) => {
  const { type, url } = event.data ?? {};
  if (type === "save-search-index") {
    const [port] = event.ports;
    const saved = caches.open(indexCacheName).then(saveIndex);
    event.waitUntil(
      saved.then(
        () => port?.postMessage({ saved: true }),
        (error) => port?.postMessage({ saved: false, reason: String(error) }),
      ),
    );
  } else if (type === "save-page" && typeof url === "string" && url.startsWith(scope)) {
    event.waitUntil(savePage(url));
  }
});
