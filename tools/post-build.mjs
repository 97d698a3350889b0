// trunk's post_build hook. trunk starts the hooks of one stage together, so
// the three steps, which must run in order, are one hook: the boot script
// gets its own file first, then the offline list includes it, then the
// manifest hashes every file, the service worker's too.
await import("./externalize-boot.mjs");
await import("./offline.mjs");
await import("./manifest.mjs");
