// What a build says about itself, for tools/offline.mjs (the service
// worker's version) and tools/manifest.mjs (the manifest the About panel
// shows). Read from git, so two builds of one commit say the same; never
// the clock: the build date is the commit's date (the SOURCE_DATE_EPOCH
// convention of reproducible builds), so rebuilding gives the same bytes.
// Outside a git checkout (a source archive) TOLK_COMMIT and
// SOURCE_DATE_EPOCH say it; without them both read "unknown".
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The manifest's name in dist/ (the About panel and the service worker read it). */
export const MANIFEST = "tolk-manifest.json";

const source = process.env.TRUNK_SOURCE_DIR || process.cwd();

function git(...args) {
  // TZ=UTC: `format-local` dates are in the builder's zone otherwise, and a
  // rebuild in Oslo would not match one in UTC.
  const env = { ...process.env, TZ: "UTC" };
  try {
    return execFileSync("git", ["-C", source, ...args], { encoding: "utf8", env, stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

function version() {
  const manifest = readFileSync(join(source, "Cargo.toml"), "utf8");
  const found = manifest.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m);
  if (!found) throw new Error("build-facts: Cargo.toml's [package] has no version");
  return found[1];
}

function built() {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().replace(".000Z", "Z");
  const date = git("log", "-1", "--format=%cd", "--date=format-local:%Y-%m-%dT%H:%M:%SZ");
  return date || "unknown";
}

const commit = process.env.TOLK_COMMIT || git("rev-parse", "HEAD") || "unknown";
// Tracked files changed since the commit: such a build is not the commit's.
const dirty = process.env.TOLK_COMMIT ? false : (git("status", "--porcelain", "--untracked-files=no") ?? "") !== "";

export const facts = { name: "tolk", version: version(), commit, dirty, built: built() };
