// On the search page: asks the service worker to save the whole search index and says when search works offline.
// A small index is saved at once; a large one (a big archive's runs to hundreds of megabytes) only when the reader
// asks, with its size on the button.
// When a new build's worker takes over, the page reloads (the query is in its URL), so Pagefind never combines
// the index it holds in memory with files of the new build.
(() => {
  const status = document.getElementById("offline-status");
  if (!status || !("serviceWorker" in navigator)) return;
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (hadController) window.location.reload();
  });
  const autoSaveBytes = 25e6;
  const save = (worker) => {
    const channel = new MessageChannel();
    status.textContent = "Saving search for offline use…";
    channel.port1.onmessage = ({ data }) => {
      status.textContent = data.saved
        ? "Search works offline on this device."
        : "Search could not be saved for offline use yet; it will be tried again on your next visit.";
    };
    worker?.postMessage({ type: "save-search-index" }, [channel.port2]);
  };
  navigator.serviceWorker.ready.then(async ({ active }) => {
    const manifestUrl = new URL("../offline-manifest.json", window.location.href);
    const { chunkBytes } = await (await fetch(manifestUrl)).json();
    if (chunkBytes <= autoSaveBytes) return save(active);
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = `Save search for offline use (${Math.ceil(chunkBytes / 1e6)} MB)`;
    button.addEventListener("click", () => {
      button.remove();
      save(active);
    });
    status.after(button);
  });
})();
