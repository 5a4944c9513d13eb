/**
 * What every page may load: only the site's own files. No inline script runs (JSON-LD is data, not script);
 * Pagefind needs WebAssembly; images from other hosts in an article stay unloaded, so reading never reaches the
 * network. No inline style either: the search page draws its own results and filters, styled by class.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
