// Browser half of the phenotype benchmark in `make bench` (tools/bench.sh):
// in headless Chromium, with an exome-sized file open (its trio's PED, the
// rare-disease preset), the time the Human Phenotype Ontology takes to load
// (fetch and read, as the worker measures it), its download and memory;
// then the time a view takes to be made with and without ranking by a
// five-term phenotype, as the worker measures it, on the same filter
// changes in the same page.
//
//   node tests/bench/browser-rank.mjs BGZF PED
import { median, start } from "./harness.mjs";

const [file, ped] = process.argv.slice(2);
const port = 8094;
const { browser, stop } = await start(port);
// Seizure, global developmental delay, hypotonia, microcephaly, ataxia.
const TERMS = "HP:0001250 HP:0001263 HP:0001252 HP:0000252 HP:0001251";
try {
  const loads = [];
  let page;
  for (let i = 0; i < 3; i++) {
    page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByTestId("load-status").and(page.locator('[data-state="ready"]')).waitFor({ timeout: 600_000 });
    await page.getByTestId("hpo-load").click();
    const status = page.getByTestId("hpo-status").and(page.locator('[data-state="ready"]'));
    await status.waitFor({ timeout: 60_000 });
    loads.push({
      ms: Number(await status.getAttribute("data-load-ms")),
      download: Number(await status.getAttribute("data-download-bytes")),
      memory: Number(await status.getAttribute("data-memory-bytes")),
    });
    if (i < 2) await page.close();
  }
  const funnel = page.getByTestId("funnel");
  // A new view has come: the funnel's view number moved on.
  const nextView = async (act) => {
    const before = await funnel.getAttribute("data-view");
    await act();
    await page.waitForFunction((b) => document.querySelector("[data-testid=funnel]")?.dataset.view !== b, before);
    await page.getByTestId("variant-grid").and(page.locator(':not([aria-busy="true"])')).waitFor();
    return Number(await funnel.getAttribute("data-apply-ms"));
  };
  await page.getByTestId("ped-input").setInputFiles(ped);
  await nextView(() => page.getByTestId("preset-rare-disease").click());
  const inView = await page.getByTestId("variant-count").getAttribute("data-count");
  const records = await page.getByTestId("load-status").getAttribute("data-records");
  const toggles = async () => {
    const ms = [];
    for (let i = 0; i < 8; i++) ms.push(await nextView(() => page.getByTestId("filter-pass").click()));
    return ms;
  };
  const plain = await toggles();
  await page.getByTestId("phenotype-editor").locator("summary").click();
  await page.getByTestId("hpo-paste").fill(TERMS);
  await nextView(() => page.getByTestId("hpo-paste-add").click());
  const ranked = await toggles();
  await page.getByTestId("hpo-rank").click();
  await page.getByTestId("col-phenotype_rank").and(page.locator('[aria-sort="ascending"]')).waitFor();
  await page.locator('[data-testid="grid-rank"][data-rank="1"]').waitFor();
  const rankedCount = await page.getByTestId("grid-rank").count();

  const l = median(loads.map((x) => x.ms));
  console.log(
    `HPO ${await page.getByTestId("hpo-status").getAttribute("data-release")}: loaded (fetch + read + search index) in ${l.toFixed(0)} ms ` +
      `(median of 3 fresh pages; target under 1000 ms); download ${(loads[0].download / 1e6).toFixed(2)} MB, ` +
      `ontology and index ${(loads[0].memory / 1e6).toFixed(1)} MB in the worker's memory`,
  );
  console.log(`| view made by the worker, ${inView} variants in view of ${records} records (trio, rare-disease preset), 8 filter changes | median ms | max ms |`);
  console.log(`|---|---|---|`);
  console.log(`| without a phenotype | ${median(plain).toFixed(1)} | ${Math.max(...plain).toFixed(1)} |`);
  console.log(`| ranked by 5 HPO terms | ${median(ranked).toFixed(1)} | ${Math.max(...ranked).toFixed(1)} |`);
  console.log(`(ranking adds ${(median(ranked) - median(plain)).toFixed(1)} ms; target: ranking under 1000 ms; ${rankedCount} rank cells drawn)`);
} finally {
  await stop();
}
