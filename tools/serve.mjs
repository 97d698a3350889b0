// Serves the built app (dist/) on 127.0.0.1 only, with the headers of
// tools/headers.mjs on every response: above all the page's own
// Content-Security-Policy as a header (workers do not inherit a page's
// <meta> policy, so the header is what confines the worker), plus
// `frame-ancestors 'none'` (which a <meta> policy cannot carry): no other
// origin may frame the app and trick a click on "Forget" or "Import".
// `--bare` sends none of the security headers, as a careless host would:
// for the test of the app's own warning about its host.
// Used by `make serve` and by the Playwright tests. Node's standard library
// only: nothing to install.
//
//   node tools/serve.mjs [--dir dist] [--port 8080] [--bare]
import { createServer } from "node:http";
import { statSync, createReadStream } from "node:fs";
import { join, normalize, resolve, sep } from "node:path";
import { contentType, cspOf, headersFor } from "./headers.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(option("--dir", "dist"));
const port = Number(option("--port", process.env.PORT || "8080"));
const bare = args.includes("--bare");

let csp;
try {
  csp = cspOf(root);
} catch (e) {
  console.error(`serve: ${e.message}; refusing to serve it`);
  process.exit(1);
}

const server = createServer((req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  } catch {
    res.writeHead(400, headersFor("/", csp, { bare })).end();
    return;
  }
  const headers = headersFor(path, csp, { bare });
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { ...headers, Allow: "GET, HEAD" }).end();
    return;
  }
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
    stat = null;
  }
  if (!stat?.isFile()) {
    res.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" }).end("not found");
    return;
  }
  res.writeHead(200, {
    ...headersFor(path, csp, { bare }),
    "Content-Type": contentType(file),
    "Content-Length": stat.size,
  });
  if (req.method === "HEAD") res.end();
  else createReadStream(file).pipe(res);
});
server.listen(port, "127.0.0.1", () => {
  const how = bare ? " WITHOUT its security headers (--bare)" : "";
  console.log(`Tolk is being served at http://127.0.0.1:${port}/${how} (Ctrl-C stops it)`);
});
