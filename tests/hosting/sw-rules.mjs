// The service worker's rules (tools/sw.js: verdictOf, older) on the cases
// tolk_core::hosting is held to (tests/data/hosting/standing.json,
// crates/tolk-core/tests/hosting.rs), so the worker that keeps a cached
// copy and the page it serves never disagree on whether it may open.
// Node's standard library only: sw.js runs in a context with a stub `self`.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const table = JSON.parse(readFileSync(join(root, "tests/data/hosting/standing.json"), "utf8"));
const stub = {
  self: { registration: { scope: "http://127.0.0.1/" }, location: { origin: "http://127.0.0.1" }, addEventListener() {} },
  VERSION: "0000000000000000",
  RELEASE: "0.0.0",
  FILES: [],
  URL,
  console,
};
const context = vm.createContext(stub);
vm.runInContext(readFileSync(join(root, "tools/sw.js"), "utf8"), context, { filename: "tools/sw.js" });

const served = (text) => (text === null ? { status: 404, text: "not found" } : { status: 200, text: text === "BUILD" ? table.build : text });
let passed = 0;
const failed = [];
for (const c of table.cases) {
  const verdict = context.verdictOf(served(c.manifest), served(c.policy), c.own);
  const got = verdict === null ? "current" : "revoked" in verdict ? "revoked" : "too-old";
  if (got === c.expect) passed += 1;
  else failed.push(`${c.why}: expected ${c.expect}, the service worker says ${got}`);
}
// A body the server did not answer with 200 counts for nothing.
for (const status of [204, 500]) {
  const verdict = context.verdictOf({ status, text: "" }, { status, text: '{"minimum_version": "9.0.0"}' }, "0.1.0");
  if (verdict === null) passed += 1;
  else failed.push(`a ${status} withdrew or retired the copy`);
}
for (const f of failed) console.log(`FAILED ${f}`);
console.log(`test result: ${failed.length ? "FAILED" : "ok"}. ${passed} passed; ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
