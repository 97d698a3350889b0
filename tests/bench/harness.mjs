// What every browser benchmark starts from: the release build in dist/
// served on loopback by tools/serve.mjs (the headers Tolk's promises rest
// on), and headless Chromium without its background traffic.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Serves dist/ on `port` and starts Chromium; `stop` ends both. */
export async function start(port) {
  const server = spawn("node", ["tools/serve.mjs", "--dir", "dist", "--port", String(port)], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    browser,
    async stop() {
      await browser.close();
      server.kill();
    },
  };
}
