// The directory trunk's post-build hooks work in (TRUNK_STAGING_DIR, the
// build before it becomes dist/), and the one listing of a build's files:
// the hooks that list it (tools/offline.mjs, tools/manifest.mjs) and the
// tests that look at dist/ (no-upload, check-headers, the rebuild's
// comparison) all walk it here.
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

/**
 * Every file under `root`, as '/'-separated paths relative to it, sorted.
 * Dot entries are left out: trunk stages a build in dist/.stage, and
 * nothing of a build is named so.
 */
export function builtFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(root, path).split(sep).join("/"));
    }
  };
  walk(root);
  return out.sort();
}
