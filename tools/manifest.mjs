// trunk post_build step (tools/post-build.mjs), last: writes
// tolk-manifest.json, the SHA-256 of every other file of the build with
// the build's version, commit and date (tools/build-facts.mjs). The app's
// About panel shows it and its own hash; a security officer rebuilds from
// the same commit and compares (docs/DEPLOY.md, "Verifying the build").
//
// On the server it is also the kill switch: a lab that empties it, or
// replaces it with {"revoked": "why"}, stops every cached copy (tools/sw.js,
// src/host.rs).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { MANIFEST, facts } from "./build-facts.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("manifest: TRUNK_STAGING_DIR is not set; run me as a trunk hook");
  process.exit(1);
}

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield relative(staging, path).split(sep).join("/");
  }
}

const sha256 = (path) => createHash("sha256").update(readFileSync(path)).digest("hex");
const listed = [...files(staging)].filter((f) => f !== MANIFEST).sort();
const manifest = { ...facts, files: Object.fromEntries(listed.map((f) => [f, sha256(join(staging, f))])) };
const text = JSON.stringify(manifest, null, 1) + "\n";
writeFileSync(join(staging, MANIFEST), text);
const hash = createHash("sha256").update(text).digest("hex");
console.log(`manifest: ${listed.length} files, ${facts.version} at ${facts.commit.slice(0, 12)}${facts.dirty ? " (changed since)" : ""}, manifest sha256 ${hash}`);
