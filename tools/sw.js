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
// A server that takes longer is treated as not reached.
const ASK_MS = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      // A build the lab stopped is not kept at all (the page, from the
      // server, says why): failing here leaves nothing installed.
      if (await standing()) throw new Error("this build is withdrawn or older than the lab's minimum");
      // All or nothing: a cache missing a file would fail offline later.
      const cache = await caches.open(CACHE);
      await cache.addAll(FILES.map((f) => new URL(f, scope)));
      // A lab minimum that this build meets and an open older copy does
      // not: take over now instead of waiting for the old pages to close.
      const policy = await policyOf(await ask(POLICY));
      if (policy?.minimum_version && !older(RELEASE, policy.minimum_version)) await self.skipWaiting();
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

/** The server's current copy of `name` beside the app, or null if it could not be reached in time. */
async function ask(name) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ASK_MS);
  try {
    return await fetch(new URL(name, scope), { cache: "no-store", signal: abort.signal });
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

async function policyOf(response) {
  if (!response?.ok) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/**
 * Why this copy must not open: {revoked: "why"} when the lab withdrew the
 * build; {retire: true} when the lab requires a newer release (the server's
 * page is used instead, and says more if it too is too old); null otherwise
 * or when the server is not reached. The same rules as tolk_core::hosting.
 */
async function standing() {
  const [manifest, policy] = await Promise.all([ask(MANIFEST), ask(POLICY)]);
  if (manifest?.ok) {
    const text = await manifest.text();
    if (text.trim() === "") return { revoked: "" };
    try {
      const said = JSON.parse(text);
      if (said && typeof said === "object" && "revoked" in said) {
        return { revoked: typeof said.revoked === "string" ? said.revoked : "" };
      }
    } catch {
      // Not JSON (an error page, say): it withdraws nothing.
    }
  }
  const rules = await policyOf(policy);
  if (typeof rules?.minimum_version === "string" && older(RELEASE, rules.minimum_version)) return { retire: true };
  return null;
}

/** Whether release `a` comes before `b` (x.y.z; a pre-release before its release; unreadable counts as older). */
function older(a, b) {
  const parse = (v) => {
    const m = /^\s*(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?\s*$/.exec(v);
    return m && { core: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] ?? null };
  };
  const x = parse(a);
  const y = parse(b);
  if (!y) return false;
  if (!x) return true;
  for (let i = 0; i < 3; i++) if (x.core[i] !== y.core[i]) return x.core[i] < y.core[i];
  if (x.pre && !y.pre) return true;
  if (!x.pre || !y.pre) return false;
  return x.pre < y.pre;
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
