// Tolk's service worker, so that after one visit the app opens and works
// with no network at all (an isolated clinical network, a train). The build
// (tools/offline.mjs) puts VERSION and FILES above this text: every file of
// the build, and a version that changes with any of them.
//
// It only ever keeps and serves the app's own files. Patient files never
// pass through it: the page reads them from disk as Blobs, which are not
// fetched. Nothing here sends anything anywhere.
/* global VERSION, FILES */
const CACHE = `tolk-${VERSION}`;
const scope = self.registration.scope;

self.addEventListener("install", (event) => {
  // All or nothing: a cache missing a file would fail offline later.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new URL(f, scope)))));
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
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // The page's URL carries the view (filters, panels) in its query;
      // every query is the same page.
      const page = request.mode === "navigate" ? new URL("./", scope) : request;
      return (await cache.match(page, { ignoreSearch: request.mode === "navigate" })) ?? fetch(request);
    })(),
  );
});
