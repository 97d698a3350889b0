// trunk post_build step (tools/post-build.mjs), after externalize-boot.mjs: writes sw.js, the
// service worker (tools/sw.js) preceded by the list of the build's files and
// a version hashed from their contents and the build's facts (its version
// and commit: a rebuild of another commit with the same files still gets
// its own manifest). A new build therefore installs a new cache, and the
// browser drops the old one when no page uses it. The manifest
// (tools/manifest.mjs) is written after this file, with this file's hash in
// it, and cached by name.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MANIFEST, facts } from "./build-facts.mjs";
import { builtFiles, stagingDir } from "./staging.mjs";

const staging = stagingDir("offline");

const hash = createHash("sha256");
const listed = builtFiles(staging).filter((f) => f !== "sw.js" && f !== MANIFEST);
hash.update(JSON.stringify(facts)).update("\0");
for (const file of listed) hash.update(file).update("\0").update(readFileSync(join(staging, file)));
// index.html is kept as "./": the address the page is opened at.
const cached = [...listed.map((f) => (f === "index.html" ? "./" : f)), MANIFEST];
const template = readFileSync(fileURLToPath(new URL("sw.js", import.meta.url)), "utf8");
const version = hash.digest("hex").slice(0, 16);
writeFileSync(
  join(staging, "sw.js"),
  `const VERSION = ${JSON.stringify(version)};\nconst RELEASE = ${JSON.stringify(facts.version)};\nconst FILES = ${JSON.stringify(cached, null, 1)};\n${template}`,
);
console.log(`offline: sw.js caches ${cached.length} files as version ${version}`);
