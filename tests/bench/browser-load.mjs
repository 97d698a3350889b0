// Browser half of `make bench` (tools/bench.sh): in headless Chromium, the
// time from choosing a BGZF file to data-state="ready", read by the engine
// worker alone (?parsers=0) and in parts by helpers (?parsers=N, one per
// core; the app starts them unasked from 4 cores up), and in the same page
// the time the browser's own DecompressionStream('gzip') takes just to
// inflate the same text (from a single-member gzip: Chromium rejects
// multi-member gzip such as BGZF). Then the memory after a large file.
//
// Then, with the 100k-record file in view, the time to redraw the charts
// after a filter change: the worker's chart data, the page's drawing, and
// click to redrawn charts.
//
// Then the time a jump through the grid takes to draw its rows, sorted by
// AF (so a page's records lie all over the file), with the HGVS column
// shown (each row's record read again from the file) and without it.
//
// Last, on the large file, the time to re-apply a full filter set (panel,
// rare-disease preset, family and de novo mode) as the worker measures it
// and as the page sees it (click to the new count).
//
//   node tests/bench/browser-load.mjs BGZF SINGLE_GZ LARGE_BGZF PANEL_TXT PED [--load-only]
import { median, start } from "./harness.mjs";
import { statSync } from "node:fs";
import os from "node:os";

const [bgzf, single, large, panel, ped] = process.argv.slice(2);
const port = 8093;
const { browser, stop } = await start(port);
try {
  const page = await browser.newPage();
  const status = page.getByTestId("load-status");
  const open = async (path, query = "") => {
    await page.goto(`http://127.0.0.1:${port}/${query}`);
    await page.getByTestId("file-input").setInputFiles(path);
    await status.and(page.locator('[data-state="ready"]')).waitFor({ timeout: 600_000 });
    return {
      ms: Number(await status.getAttribute("data-load-ms")),
      records: Number(await status.getAttribute("data-records")),
      store: Number(await status.getAttribute("data-store-bytes")),
      memory: Number(await status.getAttribute("data-wasm-memory-bytes")),
    };
  };
  const helpers = os.availableParallelism();
  const runs = [];
  const inParts = [];
  for (let i = 0; i < 3; i++) {
    runs.push(await open(bgzf, "?parsers=0"));
    inParts.push(await open(bgzf, `?parsers=${helpers}`));
  }
  const load = runs.map((r) => r.ms).sort((a, b) => a - b)[1];
  const partsLoad = inParts.map((r) => r.ms).sort((a, b) => a - b)[1];

  // The baseline, in the same page: inflate only, bytes counted, nothing parsed.
  await page.evaluate(() => {
    const input = document.createElement("input");
    input.type = "file";
    input.id = "bench-input";
    document.body.append(input);
  });
  await page.locator("#bench-input").setInputFiles(single);
  const inflates = [];
  for (let i = 0; i < 3; i++) {
    inflates.push(
      await page.evaluate(async () => {
        const file = document.getElementById("bench-input").files[0];
        const start = performance.now();
        const reader = file.stream().pipeThrough(new DecompressionStream("gzip")).getReader();
        let bytes = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          bytes += value.length;
        }
        return { ms: performance.now() - start, bytes };
      }),
    );
  }
  const inflate = inflates.map((r) => r.ms).sort((a, b) => a - b)[1];
  const mb = inflates[0].bytes / 1e6;
  console.log(`| file | records | MB (text) | read | load to ready, ms | DecompressionStream only, ms | ratio |`);
  console.log(`|---|---|---|---|---|---|---|`);
  for (const [how, ms] of [["engine alone", load], [`in parts, ${helpers} helpers`, partsLoad]]) {
    console.log(
      `| ${bgzf} | ${runs[0].records} | ${mb.toFixed(0)} | ${how} | ${ms.toFixed(0)} | ${inflate.toFixed(0)} | ${(ms / inflate).toFixed(2)}x |`,
    );
  }
  console.log(`(medians of 3; compressed ${statSync(bgzf).size / 1e6 | 0} MB BGZF, ${statSync(single).size / 1e6 | 0} MB gzip)`);
  // `--load-only`: the table above, for a file whose family and panel are not the synthetic ones.
  if (process.argv.includes("--load-only")) {
    await stop();
    process.exit(0);
  }

  {
    const charts = page.getByTestId("charts");
    const pass = page.getByTestId("filter-pass");
    const data = [];
    const drawing = [];
    const roundTrip = [];
    const applied = [];
    for (let i = 0; i < 11; i++) {
      // Timed inside the page, from the click to the redrawn charts in the
      // DOM, so Playwright's polling is not counted.
      roundTrip.push(
        await page.evaluate(
          () =>
            new Promise((resolve) => {
              const charts = document.querySelector("[data-testid=charts]");
              const before = charts.dataset.view;
              const start = performance.now();
              const seen = new MutationObserver(() => {
                if (charts.dataset.view !== before) {
                  seen.disconnect();
                  // The next frame: the new SVGs are laid out.
                  requestAnimationFrame(() => resolve(performance.now() - start));
                }
              });
              seen.observe(charts, { attributes: true });
              document.querySelector("[data-testid=filter-pass]").click();
            }),
        ),
      );
      data.push(Number(await charts.getAttribute("data-data-ms")));
      drawing.push(Number(await charts.getAttribute("data-draw-ms")));
      applied.push(Number(await page.getByTestId("funnel").getAttribute("data-apply-ms")));
    }
    const inView = await page.getByTestId("variant-count").getAttribute("data-count");
    console.log(
      `charts after a filter change, ${inView} variants in view (of ${runs[0].records} records), 11 changes: ` +
        `worker chart data median ${median(data).toFixed(1)} ms, page drawing (5 charts) median ${median(drawing).toFixed(1)} ms, ` +
        `click to redrawn charts (in the page, to the next frame) median ${median(roundTrip).toFixed(0)} ms, of which the worker's filtering ${median(applied).toFixed(1)} ms ` +
        `(target for the charts' redraw: under 100 ms)`,
    );
  }

  {
    // From a scroll to a jump's rows drawn (no placeholder left), timed in
    // the page, at fractions of the grid far enough apart that no page of
    // rows is still held from the jump before.
    const jump = (fraction) =>
      page.evaluate(
        (fraction) =>
          new Promise((resolve) => {
            const grid = document.getElementById("variant-grid");
            const first = () => Number(grid.querySelector("tr[data-testid=variant-row]")?.getAttribute("aria-rowindex") ?? 0);
            const before = first();
            const start = performance.now();
            let drawnMs = null;
            grid.scrollTop = fraction * (grid.scrollHeight - grid.clientHeight);
            const check = () => {
              if (drawnMs === null && first() !== before && grid.querySelectorAll("tr.pending").length === 0) {
                drawnMs = performance.now() - start;
              }
              if (drawnMs !== null && grid.querySelectorAll("td[data-state=reading]").length === 0) {
                resolve([drawnMs, performance.now() - start]);
              } else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          }),
        fraction,
      );
    const fractions = [0.05, 0.55, 0.15, 0.65, 0.25, 0.75, 0.35, 0.85, 0.45, 0.95, 0.5];
    const sortByAf = async () => {
      const header = page.getByTestId("col-af");
      for (let i = 0; i < 3 && (await header.getAttribute("aria-sort")) !== "ascending"; i++) {
        await header.getByRole("button").click();
      }
      await page.locator("[data-testid=col-af][aria-sort=ascending]").waitFor();
      await page.locator("tr[data-testid=variant-row]").first().waitFor();
    };
    await page.getByTestId("view-variants").click();
    const timed = [];
    for (const hgvs of [true, false]) {
      const chooser = page.getByTestId("grid-columns");
      await chooser.locator("summary").click();
      await chooser.getByTestId("column-hgvs_p").setChecked(hgvs);
      await chooser.locator("summary").click();
      // A new view, so its pages are asked for with the columns as now.
      await page.getByTestId("col-af").getByRole("button").click();
      await sortByAf();
      const ms = [];
      for (const f of fractions) ms.push(await jump(f));
      timed.push([median(ms.map((m) => m[0])), median(ms.map((m) => m[1]))]);
    }
    console.log(
      `grid jumps on ${runs[0].records} records sorted by AF (200-row pages), 11 jumps, medians: ` +
        `with HGVS p. shown, rows drawn ${timed[0][0].toFixed(0)} ms and their HGVS (records read again) ${timed[0][1].toFixed(0)} ms; ` +
        `without it, rows drawn ${timed[1][0].toFixed(0)} ms`,
    );
  }

  const big = large && large !== bgzf ? await open(large) : runs[0];
  if (large && large !== bgzf) {
    console.log(
      `large: ${big.records} records from ${large} in ${(big.ms / 1000).toFixed(1)} s; ` +
        `store ${(big.store / 1e6).toFixed(0)} MB, worker wasm memory ${(big.memory / 1e6).toFixed(0)} MB of 4096 MB`,
    );
  }
  if (panel && ped) {
    const funnel = page.getByTestId("funnel");
    const count = page.getByTestId("variant-count");
    await page.getByTestId("panel-input").setInputFiles(panel);
    await page.getByTestId("panel-summary").waitFor();
    await page.getByTestId("ped-input").setInputFiles(ped);
    await page.getByTestId("preset-rare-disease").click();
    await page.getByTestId("inheritance-mode").selectOption("de_novo");
    await page.locator('[data-testid=funnel] li[data-step="de_novo"]').waitFor();
    const worker = [];
    const roundTrip = [];
    const pass = page.getByTestId("filter-pass");
    for (let i = 0; i < 21; i++) {
      // Toggling PASS changes the query, so every step of it runs again.
      const before = await funnel.getAttribute("data-view");
      const start = Date.now();
      await pass.click();
      await funnel.and(page.locator(`[data-view="${Number(before) + 1}"]`)).waitFor();
      roundTrip.push(Date.now() - start);
      worker.push(Number(await funnel.getAttribute("data-apply-ms")));
    }
    const steps = await funnel.locator("li").evaluateAll((li) => li.map((l) => `${l.dataset.step} ${l.dataset.remaining}`));
    console.log(
      `filters on ${big.records} records (panel of ${await page.getByTestId("panel-summary").getAttribute("data-genes")} genes, ` +
        `rare-disease preset, de novo in a trio), 21 re-applications: worker median ${median(worker).toFixed(1)} ms ` +
        `(min ${Math.min(...worker).toFixed(1)}, max ${Math.max(...worker).toFixed(1)}); ` +
        `click to new view median ${median(roundTrip)} ms; ${await count.getAttribute("data-count")} in view`,
    );
    console.log(`funnel: ${steps.join(" > ")}`);
  }
} finally {
  await stop();
}
