// Served by `newsarchive dev` only, never written to the site: reloads the page after each rebuild.
(() => {
  const eventsUrl = new URL("events", document.currentScript.src);
  let lostConnection = false;
  const connect = () => {
    const source = new EventSource(eventsUrl);
    source.addEventListener("reload", () => location.reload());
    // Back after a restart of the dev server: the site may have been rebuilt meanwhile.
    source.addEventListener("open", () => {
      if (lostConnection) location.reload();
    });
    source.addEventListener("error", () => {
      lostConnection = true;
      // The browser retries a dropped stream by itself, but gives up after an HTTP error.
      if (source.readyState === EventSource.CLOSED) setTimeout(connect, 1000);
    });
  };
  connect();
})();
