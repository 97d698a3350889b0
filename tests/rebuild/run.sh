#!/usr/bin/env bash
# Is the release build reproducible? Builds HEAD again from a clean clone
# in another directory and compares every file with dist/ (which must be a
# build of HEAD without local changes: `make build` on a clean checkout, as
# CI does). Prints each file that differs and exits non-zero if any does.
#
#   tests/rebuild/run.sh [dist-dir]
#
# The clone shares this checkout's cargo target directory, so dependencies
# are not compiled again; the workspace's own crates are (their path is
# part of what cargo keys them by), which is the point: another directory
# must give the same bytes. docs/DEPLOY.md ("Verifying the build") says
# what else must match: the toolchain's versions, and CARGO_HOME's path.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dist=$(cd "${1:-$repo/dist}" && pwd)
say() { printf '[rebuild] %s\n' "$*"; }

manifest="$dist/tolk-manifest.json"
[ -f "$manifest" ] || { say "no $manifest: build first (make build)"; exit 1; }
head=$(git -C "$repo" rev-parse HEAD)
read -r commit dirty < <(node -e 'const m = require(process.argv[1]); console.log(m.commit, m.dirty)' "$manifest")
if [ "$commit" != "$head" ] || [ "$dirty" != "false" ]; then
  say "dist/ is not a build of HEAD ($head) without changes (it says $commit, changed: $dirty): commit, then make build"
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git clone -q --no-hardlinks "$repo" "$tmp/tolk"
git -C "$tmp/tolk" checkout -q --detach "$head"
# trunk's tools (wasm-opt) and Playwright are the checkout's npm packages.
ln -s "$repo/node_modules" "$tmp/tolk/node_modules"
say "building $head again in $tmp/tolk"
start=$(date +%s)
(cd "$tmp/tolk" && CARGO_TARGET_DIR="$repo/target" trunk build --release --offline >"$tmp/build.log" 2>&1) || {
  tail -30 "$tmp/build.log"
  say "the second build failed"
  exit 1
}
say "built in $(($(date +%s) - start)) s"

node --input-type=module - "$repo" "$dist" "$tmp/tolk/dist" <<'JS'
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
const [repo, a, b] = process.argv.slice(2);
const { builtFiles } = await import(pathToFileURL(join(repo, "tools/staging.mjs")));
const sha256 = (path) => createHash("sha256").update(readFileSync(path)).digest("hex");
const list = (root) => new Map(builtFiles(root).map((f) => [f, sha256(join(root, f))]));
const [first, second] = [list(a), list(b)];
const names = [...new Set([...first.keys(), ...second.keys()])].sort();
let differ = 0;
for (const name of names) {
  const [x, y] = [first.get(name), second.get(name)];
  if (x === y) continue;
  differ += 1;
  console.log(`differs: ${name}  ${x ?? "(missing)"}  ${y ?? "(missing)"}`);
}
const manifest = createHash("sha256").update(readFileSync(join(a, "tolk-manifest.json"))).digest("hex");
console.log(`[rebuild] ${names.length} files, ${differ} differ; manifest sha256 ${manifest}`);
// In cargo's form, so CI's total counts the comparison as one test.
console.log(`test result: ${differ === 0 ? "ok" : "FAILED"}. ${differ === 0 ? 1 : 0} passed; ${differ === 0 ? 0 : 1} failed`);
process.exit(differ === 0 ? 0 : 1);
JS
