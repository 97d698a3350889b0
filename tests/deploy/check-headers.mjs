// Holds a running server of Tolk's build to the headers of tools/headers.mjs:
// every security header, exactly once, on pages, files, a 404 and a 405;
// the cache rule; the types (wasm as application/wasm, a .gz as
// application/gzip with its own bytes and no Content-Encoding); no
// directory listing. One line per check, a summary, exit 1 on any failure.
// Node's standard library only, so a hospital's IT can run it against its
// own deployment (docs/DEPLOY.md).
//
//   node tests/deploy/check-headers.mjs <base-url> <dist-dir> [--bare]
//
// --bare: the server is meant to send none of the security headers
// (tools/serve.mjs --bare); everything else is checked as usual.
import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { cacheControl, contentType, cspOf, securityHeaders } from "../../tools/headers.mjs";
import { builtFiles } from "../../tools/staging.mjs";

const args = process.argv.slice(2);
const bare = args.includes("--bare");
const [baseArg, dist] = args.filter((a) => !a.startsWith("--"));
if (!baseArg || !dist) {
  console.error("usage: node tests/deploy/check-headers.mjs <base-url> <dist-dir> [--bare]");
  process.exit(2);
}
const base = new URL(baseArg.endsWith("/") ? baseArg : `${baseArg}/`);
const expected = securityHeaders(cspOf(dist));

/** One request; the raw body and, decoded per Content-Encoding, the body. */
function request(path, method = "GET") {
  const url = new URL(path, base);
  const client = url.protocol === "https:" ? https : http;
  return new Promise((done, fail) => {
    const req = client.request(url, { method, headers: { "Accept-Encoding": "gzip, deflate, br" } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers["content-encoding"];
        let body = raw;
        try {
          if (raw.length === 0) body = raw; // HEAD
          else if (encoding === "gzip") body = zlib.gunzipSync(raw);
          else if (encoding === "deflate") body = zlib.inflateSync(raw);
          else if (encoding === "br") body = zlib.brotliDecompressSync(raw);
        } catch (e) {
          fail(new Error(`the ${encoding} body does not decode: ${e.message}`));
          return;
        }
        done({ status: res.statusCode, headers: res.headers, raw: res.rawHeaders, body, bytes: raw });
      });
    });
    req.on("error", fail);
    req.setTimeout(15_000, () => req.destroy(new Error("timed out")));
    if (method === "POST") req.end("x=1");
    else req.end();
  });
}

/** How many times `name` is in the response (Node joins repeated headers). */
const times = (res, name) => res.raw.filter((_, i) => i % 2 === 0 && res.raw[i].toLowerCase() === name.toLowerCase()).length;
const norm = (t) => (t ?? "").toLowerCase().replace(/\s+/g, "");

let passed = 0;
let failed = 0;

/** Requests `path` and checks it; `expect` says what besides the security headers. */
async function check(label, path, expect = {}) {
  const problems = [];
  let res;
  try {
    res = await request(path, expect.method);
  } catch (e) {
    problems.push(`no response: ${e.message}`);
  }
  if (res) {
    const status = expect.status ?? 200;
    if (Array.isArray(status) ? !status.includes(res.status) : res.status !== status) {
      problems.push(`status ${res.status}, expected ${status}`);
    }
    for (const [name, value] of Object.entries(expected)) {
      const got = res.headers[name.toLowerCase()];
      if (bare) {
        if (got !== undefined) problems.push(`${name} sent by a bare server`);
      } else if (times(res, name) !== 1) {
        problems.push(`${name} sent ${times(res, name)} times`);
      } else if (got.trim() !== value) {
        problems.push(`${name} is "${got}", expected "${value}"`);
      }
    }
    if (expect.cache !== undefined) {
      const got = res.headers["cache-control"];
      if (times(res, "Cache-Control") !== 1) problems.push(`Cache-Control sent ${times(res, "Cache-Control")} times`);
      else if (norm(got) !== norm(expect.cache)) problems.push(`Cache-Control is "${got}", expected "${expect.cache}"`);
    }
    if (expect.type !== undefined && norm(res.headers["content-type"]) !== norm(expect.type)) {
      problems.push(`Content-Type is "${res.headers["content-type"]}", expected "${expect.type}"`);
    }
    if (expect.identity && res.headers["content-encoding"] !== undefined) {
      problems.push(`Content-Encoding is "${res.headers["content-encoding"]}": the file must arrive as its own bytes`);
    }
    const file = expect.file && readFileSync(join(dist, expect.file));
    if (file && !(expect.identity ? res.bytes : res.body).equals(file)) {
      problems.push(`body (${res.body.length} bytes) differs from ${expect.file} (${file.length} bytes)`);
    }
    for (const word of expect.absent ?? []) {
      if (res.body.toString("latin1").includes(word)) problems.push(`body names "${word}": a directory listing`);
    }
  }
  const how = res ? `${res.status}${res.headers["content-encoding"] ? `, ${res.headers["content-encoding"]}` : ""}` : "-";
  if (problems.length === 0) {
    passed += 1;
    console.log(`ok    ${label} (${expect.method ?? "GET"} ${new URL(path, base).pathname}: ${how})`);
  } else {
    failed += 1;
    console.log(`FAIL  ${label} (${expect.method ?? "GET"} ${new URL(path, base).pathname}: ${how})`);
    for (const p of problems) console.log(`        ${p}`);
  }
}

const all = builtFiles(dist);
const first = (re, what) => {
  const found = all.find((f) => re.test(f));
  if (!found) {
    console.log(`FAIL  ${what}: no such file in ${dist}`);
    failed += 1;
  }
  return found;
};
/** The expectations of a file of the build served as it is. */
const served = (f, more = {}) => ({ file: f, type: contentType(f), cache: cacheControl(f), ...more });

console.log(`check-headers: ${base.href} against ${dist}${bare ? " (bare: no security headers expected)" : ""}`);
await check("the page", "index.html", served("index.html"));
await check("the page as /", "./", { ...served("index.html"), cache: "no-cache" });
await check("the page with a view in its query", "./?mode=de_novo&af=0.01", { ...served("index.html"), cache: "no-cache" });
await check("the page, HEAD", "index.html", { method: "HEAD", type: contentType("index.html"), cache: "no-cache" });
for (const [what, re] of [
  ["the app's hashed wasm", /^tolk-app-[0-9a-f]{8,16}_bg\.wasm$/],
  ["the app's hashed script", /^tolk-app-[0-9a-f]{8,16}\.js$/],
  ["the hashed style sheet", /^tolk-[0-9a-f]{8,16}\.css$/],
  ["the boot script", /^boot-[0-9a-f]{8,16}\.js$/],
  ["the engine worker's wasm (unhashed)", /^worker_bg\.wasm$/],
  ["the engine worker (unhashed)", /^worker_loader\.js$/],
  ["the service worker", /^sw\.js$/],
  ["a demo or case VCF", /^(demo|cases)\/.+\.vcf$/],
  ["a pedigree", /\.ped$/],
  ["a JSON under cases/ or demo/", /^(cases|demo|hpo)\/.+\.json$/],
]) {
  const f = first(re, what);
  if (f) await check(what, f, served(f));
}
// A .vcf.gz of the demo if the build has one, else any .gz (the HPO bundle).
const gz = all.find((f) => /^demo\/.+\.vcf\.gz$/.test(f)) ?? first(/\.gz$/, "a .gz file");
if (gz) await check("a .gz as its own bytes", gz, served(gz, { identity: true }));
for (const name of ["tolk-manifest.json", "tolk-policy.json"]) {
  const there = existsSync(join(dist, name));
  await check(`${name} (${there ? "present" : "absent: a 404"})`, name, {
    ...(there ? served(name) : {}),
    status: there ? 200 : 404,
    cache: "no-store",
  });
}
await check("a missing file", `no-such-file-${process.pid}.js`, { status: 404, cache: "no-cache" });
await check("a POST", "./", { method: "POST", status: 405 });
await check("a POST to a file", "index.html", { method: "POST", status: 405 });
for (const dir of ["demo", "cases"]) {
  const listed = all.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1));
  await check(`no listing of ${dir}/`, `${dir}/`, { status: [403, 404], absent: listed.slice(0, 3) });
}

console.log(`check-headers: ${passed} passed, ${failed} failed (${base.href})`);
process.exit(failed === 0 ? 0 : 1);
