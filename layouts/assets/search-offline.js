// On the search page: asks the service worker to save the whole search index and says when search works offline.
// When a new build's worker takes over, the page reloads (the query is in its URL), so Pagefind never combines
// the index it holds in memory with files of the new build.
(() => {
  const status = document.getElementById("offline-status");
  if (!status || !("serviceWorker" in navigator)) return;
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (hadController) window.location.reload();
  });
  navigator.serviceWorker.ready.then(({ active }) => {
    const channel = new MessageChannel();
    status.textContent = "Saving search for offline use…";
    channel.port1.onmessage = ({ data }) => {
      status.textContent = data.saved
        ? "Search works offline on this device."
        : "Search could not be saved for offline use yet; it will be tried again on your next visit.";
    };
    active?.postMessage({ type: "save-search-index" }, [channel.port2]);
  });
})();
