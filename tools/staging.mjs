// The directory trunk's post-build hooks work in (TRUNK_STAGING_DIR, the
// build before it becomes dist/), and every file in it, for the steps that
// list the build: tools/offline.mjs and tools/manifest.mjs.
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** The staging directory; exits, naming `step`, when not run as a trunk hook. */
export function stagingDir(step) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) {
    console.error(`${step}: TRUNK_STAGING_DIR is not set; run me as a trunk hook`);
    process.exit(1);
  }
  return staging;
}

/** Every file under `root`, as '/'-separated paths relative to it, sorted. */
export function builtFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(root, path).split(sep).join("/"));
    }
  };
  walk(root);
  return out.sort();
}
