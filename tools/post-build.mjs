// trunk's post_build hook. trunk starts the hooks of one stage together, so
// the two steps, which must run in order, are one hook: the boot script
// gets its own file first, then the offline list includes it.
await import("./externalize-boot.mjs");
await import("./offline.mjs");
