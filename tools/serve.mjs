// Serves the built app (dist/) on 127.0.0.1 only, with the page's own
// Content-Security-Policy sent as a header on every response: workers do not
// inherit a page's <meta> policy, so the header is what confines the worker.
// The header adds `frame-ancestors 'none'` (which a <meta> policy cannot
// carry): no other origin may frame the app and trick a click on "Forget"
// or "Import".
// Used by `make serve` and by the Playwright tests. Node's standard library
// only: nothing to install.
//
//   node tools/serve.mjs [--dir dist] [--port 8080]
import { createServer } from "node:http";
import { readFileSync, statSync, createReadStream } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(option("--dir", "dist"));
const port = Number(option("--port", process.env.PORT || "8080"));

const index = readFileSync(join(root, "index.html"), "utf8");
const csp = index.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1];
if (!csp) {
  console.error(`serve: ${root}/index.html declares no Content-Security-Policy; refusing to serve it`);
  process.exit(1);
}

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".vcf": "text/plain; charset=utf-8",
  ".gz": "application/gzip",
};

// The policy as the host must send it (README, "Hosting").
const headerCsp = `${csp.trim().replace(/;$/, "")}; frame-ancestors 'none'`;

const server = createServer((req, res) => {
  const headers = {
    "Content-Security-Policy": headerCsp,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cache-Control": "no-cache",
  };
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, headers).end();
    return;
  }
  let path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403, headers).end();
    return;
  }
  let stat;
  try {
    stat = statSync(file);
  } catch {
    res.writeHead(404, headers).end("not found");
    return;
  }
  if (!stat.isFile()) {
    res.writeHead(404, headers).end("not found");
    return;
  }
  headers["Content-Type"] = types[extname(file)] || "application/octet-stream";
  headers["Content-Length"] = stat.size;
  res.writeHead(200, headers);
  if (req.method === "HEAD") res.end();
  else createReadStream(file).pipe(res);
});
server.listen(port, "127.0.0.1", () => {
  console.log(`Tolk is being served at http://127.0.0.1:${port}/ (Ctrl-C stops it)`);
});
