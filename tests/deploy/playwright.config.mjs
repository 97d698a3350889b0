// The deploy smoke test (smoke.spec.mjs) through a server that is already
// running: nginx or Apache as tests/deploy/run.sh starts them with the
// shipped configuration, or a hospital's own deployment. No webServer.
//
//   TOLK_BASE_URL=http://127.0.0.1:8443/ npx playwright test --config tests/deploy/playwright.config.mjs
//
// The browser and its flags are the end-to-end tests' own.
import { defineConfig } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import e2e from "../e2e/playwright.config.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const baseURL = process.env.TOLK_BASE_URL;
if (!baseURL) throw new Error("TOLK_BASE_URL is not set: the URL of the server to test (tests/deploy/run.sh sets it)");

export default defineConfig({
  testDir: ".",
  testMatch: /\.spec\.mjs$/,
  timeout: e2e.timeout,
  expect: e2e.expect,
  workers: 1,
  reporter: [["list"]],
  outputDir: resolve(root, "test-results/deploy"),
  use: { ...e2e.use, baseURL: baseURL.endsWith("/") ? baseURL : `${baseURL}/` },
});
