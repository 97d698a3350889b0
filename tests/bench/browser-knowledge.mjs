// Browser half of the knowledge benchmark in `make bench` (tools/bench.sh):
// in headless Chromium, with an exome-sized file open, the time a
// ClinVar-sized VCF (tools/clinvar-sized.sh) takes to be read and matched
// to the case's sites, as the worker measures it, and the worker's wasm
// memory before and after. Three pages, the median.
//
//   node tests/bench/browser-knowledge.mjs BGZF CLINVAR_VCF_GZ
import { median, start } from "./harness.mjs";
import { statSync } from "node:fs";

const [file, clinvar] = process.argv.slice(2);
const port = 8092;
const { browser, stop } = await start(port);
try {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    // A fresh profile each time: nothing kept from the run before.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByTestId("file-input").setInputFiles(file);
    const status = page.getByTestId("load-status").and(page.locator('[data-state="ready"]'));
    await status.waitFor({ timeout: 600_000 });
    const before = Number(await status.getAttribute("data-wasm-memory-bytes"));
    await page.getByTestId("view-knowledge").click();
    const started = Date.now();
    await page.getByTestId("knowledge-input").setInputFiles(clinvar);
    const row = page.locator('[data-testid=knowledge-file][data-kind="clinvar"][data-state="ready"]');
    await row.waitFor({ timeout: 600_000 });
    runs.push({
      ms: Number(await row.getAttribute("data-read-ms")),
      wall: Date.now() - started,
      after: Number(await row.getAttribute("data-wasm-memory-bytes")),
      before,
    });
    await context.close();
  }
  const mb = (b) => (b / 1e6).toFixed(0);
  console.log(`ClinVar-sized VCF ${mb(statSync(clinvar).size)} MB (BGZF) matched to ${file}, Chromium, 3 runs:`);
  console.log("| read and match, worker ms (median) | page wall ms incl. storing (median) | worker wasm memory before → after (MB) |");
  console.log("|---|---|---|");
  const m = runs[Math.floor(runs.length / 2)];
  console.log(`| ${median(runs.map((r) => r.ms)).toFixed(0)} | ${median(runs.map((r) => r.wall))} | ${mb(m.before)} → ${mb(m.after)} |`);
} finally {
  await stop();
}
