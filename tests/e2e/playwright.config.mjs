// End-to-end tests against the release build in dist/, served by
// tools/serve.mjs exactly as `make serve` serves it. Chromium is Debian's
// (Playwright cannot download browsers here); the flags stop it from
// reaching Google's hosts at start.
import { defineConfig } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const port = Number(process.env.TOLK_E2E_PORT || 8089);

export default defineConfig({
  testDir: ".",
  timeout: 120_000,
  expect: { timeout: 30_000 },
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // An action waiting on an element that never comes fails at that step,
    // by name, instead of at the test's timeout.
    actionTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `node tools/serve.mjs --dir dist --port ${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
