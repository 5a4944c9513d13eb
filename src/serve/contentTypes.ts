import path from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  // Browsers compile WebAssembly by streaming only when it is served as application/wasm.
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

/** The Content-Type for a file, by extension; unknown ones are served as bytes. */
export function contentTypeFor(filePath: string): string {
  const extension = path.extname(filePath).toLowerCase();
  if (filePath.endsWith("feed.json")) return "application/feed+json; charset=utf-8";
  if (filePath.endsWith("feed.xml")) return "application/atom+xml; charset=utf-8";
  return types[extension] ?? "application/octet-stream";
}
