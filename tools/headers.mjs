// The one definition of the response headers Tolk's promises rest on
// (docs/DEPLOY.md, docs/SECURITY.md): tools/serve.mjs sends them, and
// tests/deploy/check-headers.mjs holds nginx, Apache and serve.mjs to them.
// deploy/nginx/tolk.conf, deploy/apache/tolk.conf and deploy/iis/web.config
// spell the same values; the deploy test fails if they drift.
// Node's standard library only.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The policy in `index.html`'s `<meta http-equiv="Content-Security-Policy">`, or null. */
export function metaCsp(indexHtml) {
  return indexHtml.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1]?.trim() ?? null;
}

/** The policy as a header: the meta policy plus what a <meta> policy cannot carry. */
export function headerCsp(meta) {
  return `${meta.trim().replace(/;\s*$/, "")}; frame-ancestors 'none'`;
}

/** The header CSP for the build in `dir`; throws if its index.html declares none. */
export function cspOf(dir) {
  const meta = metaCsp(readFileSync(join(dir, "index.html"), "utf8"));
  if (!meta) throw new Error(`${dir}/index.html declares no Content-Security-Policy`);
  return headerCsp(meta);
}

// Features the app never uses, refused for the page and anything it frames.
// Only names Chromium knows: an unknown one is logged as an error on load.
export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()";

/** The security headers every response carries, 404s and 405s included. */
export function securityHeaders(csp) {
  return {
    "Content-Security-Policy": csp,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
  };
}

// trunk's content-hashed names (and the boot script's): a new build has new
// names, so these may be kept for a year without asking again. trunk writes
// its 64-bit hash in hex without leading zeros: one build in 16 has a
// 15-digit name (8 or more digits all but always; a word like "bad" is not
// taken for a hash).
export const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;
// The lab's policy and the build's manifest are read fresh, never kept.
export const UNCACHED = /(^|\/)tolk-(policy|manifest)\.json$/;

export const IMMUTABLE = "public, max-age=31536000, immutable";

/** Cache-Control for a URL path (or file name). Everything not hashed
 * (index.html, sw.js, the unhashed workers) is revalidated on every use, so
 * a new build's service worker is found at once. */
export function cacheControl(path) {
  if (UNCACHED.test(path)) return "no-store";
  if (HASHED.test(path)) return IMMUTABLE;
  return "no-cache";
}

// .gz is the file's own type, never Content-Encoding: a .vcf.gz or the
// HPO bundle must arrive as the compressed bytes the app inflates itself.
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".vcf": "text/plain; charset=utf-8",
  ".ped": "text/plain; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".tsv": "text/plain; charset=utf-8",
  ".gz": "application/gzip",
};

/** Content-Type for a path: by its last extension. */
export function contentType(path) {
  const ext = path.match(/\.[^./]+$/)?.[0]?.toLowerCase() ?? "";
  return TYPES[ext] ?? "application/octet-stream";
}

/** Every header a response for `path` must carry (without the security headers when `bare`). */
export function headersFor(path, csp, { bare = false } = {}) {
  return { ...(bare ? {} : securityHeaders(csp)), "Cache-Control": cacheControl(path) };
}

// `node tools/headers.mjs [dist]` prints the headers for that build, one per
// line, to paste into a server's configuration.
if (process.argv[1] && import.meta.url === (await import("node:url")).pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] || "dist";
  for (const [name, value] of Object.entries(securityHeaders(cspOf(dir)))) console.log(`${name}: ${value}`);
  console.log(`Cache-Control: ${IMMUTABLE}   (hashed files: ${HASHED.source})`);
  console.log("Cache-Control: no-store   (tolk-policy.json, tolk-manifest.json)");
  console.log("Cache-Control: no-cache   (everything else)");
}
