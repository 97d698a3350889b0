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
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MANIFEST, facts } from "./build-facts.mjs";
import { builtFiles, stagingDir } from "./staging.mjs";

const staging = stagingDir("manifest");

const sha256 = (path) => createHash("sha256").update(readFileSync(path)).digest("hex");
const listed = builtFiles(staging).filter((f) => f !== MANIFEST);
const manifest = { ...facts, files: Object.fromEntries(listed.map((f) => [f, sha256(join(staging, f))])) };
const text = JSON.stringify(manifest, null, 1) + "\n";
writeFileSync(join(staging, MANIFEST), text);
const hash = createHash("sha256").update(text).digest("hex");
console.log(`manifest: ${listed.length} files, ${facts.version} at ${facts.commit.slice(0, 12)}${facts.dirty ? " (changed since)" : ""}, manifest sha256 ${hash}`);
