// Registers the service worker that keeps visited pages and search working offline. Its URL and scope carry the
// site's path prefix, from the data attributes that layouts/_includes/webApp.ts writes.
(() => {
  const script = document.currentScript;
  if (!script || !("serviceWorker" in navigator)) return;
  const { serviceWorker, scope } = script.dataset;
  window.addEventListener("load", async () => {
    const hadController = navigator.serviceWorker.controller !== null;
    // The worker's imported version script changes with every new index, so it must never come from the HTTP cache.
    const registered = await navigator.serviceWorker
      .register(serviceWorker, { scope, updateViaCache: "none" })
      .catch(() => undefined);
    if (!registered || hadController) return;
    // This page loaded before the worker existed, so the worker saves it now.
    const { active } = await navigator.serviceWorker.ready;
    active?.postMessage({ type: "save-page", url: window.location.href });
  });
})();
