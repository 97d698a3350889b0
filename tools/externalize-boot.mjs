// trunk post_build step (tools/post-build.mjs): moves the inline <script type="module"> that trunk
// writes into index.html (it imports and starts the wasm) into its own file,
// named by its content hash, so the page's Content-Security-Policy can be
// script-src 'self' with no inline script allowed at all.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("externalize-boot: TRUNK_STAGING_DIR is not set; run me as a trunk hook");
  process.exit(1);
}
const indexPath = join(staging, "index.html");
const html = readFileSync(indexPath, "utf8");
const inline = /<script type="module"([^>]*)>([\s\S]*?)<\/script>/g;
let count = 0;
const out = html.replace(inline, (whole, attrs, body) => {
  if (/\ssrc=/.test(attrs)) return whole;
  count += 1;
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(staging, name), body.trim() + "\n");
  return `<script type="module" src="./${name}"></script>`;
});
if (count === 0) {
  console.error("externalize-boot: no inline module script found; has trunk's output changed?");
  process.exit(1);
}
if (/<script(?![^>]*\ssrc=)[^>]*>/.test(out)) {
  console.error("externalize-boot: an inline script is left in index.html; the CSP would block it");
  process.exit(1);
}
writeFileSync(indexPath, out);
