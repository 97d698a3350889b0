// The shipped server configurations spell the headers of tools/headers.mjs
// for the build in <dist-dir>: each value (the CSP above all, which changes
// with the build) is in each file verbatim. The only check IIS's web.config
// gets here; nginx's and Apache's are also served and checked by run.sh.
//
//   node tests/deploy/check-configs.mjs <dist-dir>
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { IMMUTABLE, HASHED, cspOf, securityHeaders } from "../../tools/headers.mjs";

const dist = process.argv[2];
if (!dist) {
  console.error("usage: node tests/deploy/check-configs.mjs <dist-dir>");
  process.exit(2);
}
const values = { ...securityHeaders(cspOf(dist)), "Cache-Control (hashed)": IMMUTABLE, "the hashed-name pattern": HASHED.source };
let failed = 0;
for (const file of ["deploy/nginx/tolk.conf", "deploy/apache/tolk.conf", "deploy/iis/web.config"]) {
  const text = readFileSync(fileURLToPath(new URL(`../../${file}`, import.meta.url)), "utf8");
  const missing = Object.entries(values).filter(([, v]) => !text.includes(v)).map(([k]) => k);
  if (missing.length === 0) console.log(`ok    ${file} names every header value of this build`);
  else {
    failed += 1;
    console.log(`FAIL  ${file} lacks this build's value of: ${missing.join(", ")}`);
  }
}
console.log(`check-configs: ${3 - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
