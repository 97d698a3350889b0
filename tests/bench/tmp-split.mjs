import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
const files = process.argv.slice(2);
const port = 8094;
const server = spawn("node", ["tools/serve.mjs", "--dir", "dist", "--port", String(port)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
const status = page.getByTestId("load-status");
for (const f of files) {
  const ms = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByTestId("file-input").setInputFiles(f);
    await status.and(page.locator('[data-state="ready"]')).waitFor({ timeout: 600_000 });
    ms.push(Number(await status.getAttribute("data-load-ms")));
  }
  console.log(f, ms.sort((a,b)=>a-b)[1]);
}
await browser.close(); server.kill();
