// Tolk's service worker, so that after one visit the app opens and works
// with no network at all (an isolated clinical network, a train). The build
// (tools/offline.mjs) puts VERSION, RELEASE and FILES above this text: every
// file of the build, the build's version (changes with any file), and the
// release it is (Cargo.toml's version, which the lab's minimum is compared
// with).
//
// It only ever keeps and serves the app's own files. Patient files never
// pass through it: the page reads them from disk as Blobs, which are not
// fetched. Nothing here sends anything anywhere.
//
// The lab keeps control of cached copies (docs/DEPLOY.md, "Updates a lab
// controls"): at each opening of the page, while the server can be reached,
// it asks the server for the build's manifest and the lab's policy. An
// emptied manifest, or one saying {"revoked": "why"}, is the kill switch;
// a policy's "minimum_version" above this release retires this copy. A
// retired copy deletes its cache and unregisters: the page then comes from
// the server (a newer build, if there is one), and a withdrawn copy shows
// only why it stopped. The page makes the same checks itself
// (src/host.rs), for browsers and hosts without a service worker. With no
// network the cached copy goes on: a server that cannot be reached cannot
// withdraw anything, and offline use is the point of this file.
/* global VERSION, RELEASE, FILES */
const CACHE = `tolk-${VERSION}`;
const MANIFEST = "tolk-manifest.json";
const POLICY = "tolk-policy.json";
const scope = self.registration.scope;
// A server that takes longer is treated as not reached: a laptop off the
// hospital's network opens its kept copy after this long at most.
const ASK_MS = 1500;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      // A build the lab stopped is not kept at all (the page, from the
      // server, says why): failing here leaves nothing installed.
      if (await standing()) throw new Error("this build is withdrawn or older than the lab's minimum");
      // All or nothing: a cache missing a file would fail offline later.
      const cache = await caches.open(CACHE);
      await cache.addAll(FILES.map((f) => new URL(f, scope)));
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith("tolk-") && key !== CACHE) await caches.delete(key);
      }
      // The first visit's page is served from the cache from now on too.
      await self.clients.claim();
    })(),
  );
});

// A newer build waits while a page of this one is open; the page sends
// this when the user chooses to update (src/offline.rs).
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  const name = url.pathname.slice(new URL(scope).pathname.length);
  // What the server says now, never a kept copy: the policy is the lab's,
  // not the build's; the manifest falls back to the kept one offline, so
  // the About panel still shows the build.
  if (name === POLICY) return;
  if (name === MANIFEST) {
    event.respondWith(fetch(request).catch(async () => (await caches.match(request)) ?? Response.error()));
    return;
  }
  event.respondWith(
    (async () => {
      if (request.mode === "navigate") {
        const verdict = await standing();
        if (verdict) {
          await retire();
          if (verdict.revoked !== undefined) return stopped(verdict.revoked);
          return fetch(request);
        }
      }
      // Not caches.open, which would make an empty cache again after
      // retire(): a page that registers this worker anew (the server's,
      // after a retirement) revives the registration, never the cache.
      if (!(await caches.has(CACHE))) return fetch(request);
      const cache = await caches.open(CACHE);
      // The page's URL carries the view (filters, panels) in its query;
      // every query is the same page.
      const page = request.mode === "navigate" ? new URL("./", scope) : request;
      return (await cache.match(page, { ignoreSearch: request.mode === "navigate" })) ?? fetch(request);
    })(),
  );
});

/**
 * The server's current copy of `name` beside the app: {status, text}, or
 * null if it could not be reached within ASK_MS (the body included: a
 * server that stalls mid-answer must not hold the page's opening).
 */
async function ask(name) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ASK_MS);
  try {
    const response = await fetch(new URL(name, scope), { cache: "no-store", signal: abort.signal });
    return { status: response.status, text: await response.text() };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** Why this copy must not open, by what the server holds now (`standing`). */
async function standing() {
  const [manifest, policy] = await Promise.all([ask(MANIFEST), ask(POLICY)]);
  return verdictOf(manifest, policy, RELEASE);
}

/**
 * {revoked: "why"} when the lab withdrew the build (an empty manifest, or
 * one whose "revoked" is a reason or true); {retire: true} when the lab's
 * policy requires a newer release than `own` (the server's page is
 * used instead, and says more if it too is too old); null otherwise, or
 * when nothing was read. `manifest` and `policy` are {status, text} or
 * null. Only a 200's body counts. The same rules as tolk_core::hosting,
 * held to the same cases (tests/data/hosting/standing.json,
 * tests/hosting/sw-rules.mjs).
 */
function verdictOf(manifest, policy, own) {
  if (manifest?.status === 200) {
    const text = manifest.text.replace(/^\uFEFF/, "");
    if (text.trim() === "") return { revoked: "" };
    const said = parsed(text);
    if (said && typeof said === "object" && !Array.isArray(said)) {
      if (typeof said.revoked === "string") return { revoked: said.revoked };
      if (said.revoked === true) return { revoked: "" };
    }
  }
  const minimum = policy?.status === 200 ? minimumOf(parsed(policy.text.replace(/^\uFEFF/, ""))) : null;
  if (minimum && older(own, minimum)) return { retire: true };
  return null;
}

function parsed(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The policy's minimum release, or null: a policy with a field this build does not know is not used. */
function minimumOf(rules) {
  if (!rules || typeof rules !== "object" || Array.isArray(rules)) return null;
  if (Object.keys(rules).some((key) => key !== "minimum_version")) return null;
  if (rules.minimum_version === undefined || rules.minimum_version === null) return null;
  if (typeof rules.minimum_version !== "string") return null;
  return release(rules.minimum_version) ? rules.minimum_version : null;
}

/** A semantic version's parts, or null if `v` is not one (as the semver crate reads it). */
function release(v) {
  const id = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
  const form = new RegExp(`^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-(${id}(?:\\.${id})*))?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);
  const m = form.exec(v.trim());
  return m && { core: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] ? m[4].split(".") : [] };
}

/**
 * Whether release `a` comes before `b` by semantic versioning's precedence
 * (pre-releases before their release, compared identifier by identifier;
 * build metadata ignored). An `a` that does not read is older than any
 * `b`; a `b` that does not read requires nothing.
 */
function older(a, b) {
  const x = release(a);
  const y = release(b);
  if (!y) return false;
  if (!x) return true;
  for (let i = 0; i < 3; i++) if (x.core[i] !== y.core[i]) return x.core[i] < y.core[i];
  if (!x.pre.length || !y.pre.length) return x.pre.length > 0 && y.pre.length === 0;
  for (let i = 0; i < Math.min(x.pre.length, y.pre.length); i++) {
    const [p, q] = [x.pre[i], y.pre[i]];
    if (p === q) continue;
    const [pn, qn] = [/^\d+$/.test(p), /^\d+$/.test(q)];
    if (pn && qn) return BigInt(p) < BigInt(q);
    if (pn !== qn) return pn;
    return p < q;
  }
  return x.pre.length < y.pre.length;
}

/** Deletes every kept copy and this worker's registration. */
async function retire() {
  for (const key of await caches.keys()) if (key.startsWith("tolk-")) await caches.delete(key);
  await self.registration.unregister();
}

/** The page a withdrawn copy shows instead of the app: text only, no script. */
function stopped(why) {
  const escape = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const reason = why ? `<p class="why" data-testid="stopped-reason">${escape(why)}</p>` : "";
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tolk: this copy was withdrawn</title></head>
<body data-testid="stopped" data-state="revoked">
<h1>This copy of Tolk was withdrawn by your lab</h1>
${reason}
<p>It has been removed from this browser. Saved interpretation work is kept in this browser; ask your lab's IT department where the current version is.</p>
<h1 lang="nb">Denne kopien av Tolk er trukket tilbake av laboratoriet ditt</h1>
<p lang="nb">Den er fjernet fra denne nettleseren. Lagret tolkningsarbeid er beholdt i nettleseren; spør IT-avdelingen hvor den gjeldende versjonen ligger.</p>
</body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
      "Cache-Control": "no-store",
    },
  });
}
