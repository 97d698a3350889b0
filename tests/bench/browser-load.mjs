// Browser half of `make bench` (tools/bench.sh): in headless Chromium, the
// time from choosing a BGZF file to data-state="ready", and in the same page
// the time the browser's own DecompressionStream('gzip') takes just to
// inflate the same text (from a single-member gzip: Chromium rejects
// multi-member gzip such as BGZF). Then the memory after a large file.
//
//   node tests/bench/browser-load.mjs BGZF SINGLE_GZ LARGE_BGZF
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { statSync } from "node:fs";

const [bgzf, single, large] = process.argv.slice(2);
const port = 8093;
const server = spawn("node", ["tools/serve.mjs", "--dir", "dist", "--port", String(port)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  const status = page.getByTestId("load-status");
  const open = async (path) => {
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByTestId("file-input").setInputFiles(path);
    await status.and(page.locator('[data-state="ready"]')).waitFor({ timeout: 600_000 });
    return {
      ms: Number(await status.getAttribute("data-load-ms")),
      records: Number(await status.getAttribute("data-records")),
      store: Number(await status.getAttribute("data-store-bytes")),
      memory: Number(await status.getAttribute("data-wasm-memory-bytes")),
    };
  };
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await open(bgzf));
  const load = runs.map((r) => r.ms).sort((a, b) => a - b)[1];

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
  console.log(`| file | records | MB (text) | load to ready, ms | DecompressionStream only, ms | ratio |`);
  console.log(`|---|---|---|---|---|---|`);
  console.log(
    `| ${bgzf} | ${runs[0].records} | ${mb.toFixed(0)} | ${load.toFixed(0)} | ${inflate.toFixed(0)} | ${(load / inflate).toFixed(2)}x |`,
  );
  console.log(`(medians of 3; compressed ${statSync(bgzf).size / 1e6 | 0} MB BGZF, ${statSync(single).size / 1e6 | 0} MB gzip)`);

  if (large && large !== bgzf) {
    const big = await open(large);
    console.log(
      `large: ${big.records} records from ${large} in ${(big.ms / 1000).toFixed(1)} s; ` +
        `store ${(big.store / 1e6).toFixed(0)} MB, worker wasm memory ${(big.memory / 1e6).toFixed(0)} MB of 4096 MB`,
    );
  }
} finally {
  await browser.close();
  server.kill();
}
