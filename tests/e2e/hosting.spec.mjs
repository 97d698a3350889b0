// Issue 29: what the app checks about its host and shows its user. The
// About panel names this build (its manifest's hash is the file's); a host
// that does not send the security headers gets a visible warning; and the
// lab controls cached copies through the server: an emptied or "revoked"
// manifest stops every copy and says why, and a minimum version in the
// lab's policy stops older ones, with the service worker and without one.
import { test, expect } from "./fixtures.mjs";
import { createHash } from "node:crypto";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TolkPage, ownServer, showView } from "./tolk-page.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = join(root, "dist");
const manifestText = () => readFileSync(join(dist, "tolk-manifest.json"), "utf8");
const release = () => JSON.parse(manifestText()).version;

test("the About panel shows this build, its manifest's hash and a host that sends every header", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await showView(page, "about");
  const manifest = JSON.parse(manifestText());
  await expect(page.getByTestId("about-version")).toHaveText(manifest.version);
  await expect(page.getByTestId("about-commit")).toHaveText(manifest.commit);
  await expect(page.getByTestId("about-built")).toHaveText(manifest.built);
  const sha = createHash("sha256").update(readFileSync(join(dist, "tolk-manifest.json"))).digest("hex");
  await expect(page.getByTestId("about-manifest-sha256")).toHaveText(sha);
  await expect(page.getByTestId("about-files").locator("tbody tr")).toHaveCount(Object.keys(manifest.files).length);
  // Each file's hash in the panel is the file's own.
  const wasm = Object.keys(manifest.files).find((f) => f.startsWith("tolk-app-") && f.endsWith(".wasm"));
  const wasmSha = createHash("sha256").update(readFileSync(join(dist, wasm))).digest("hex");
  await expect(page.getByTestId("about-files").locator("tr", { hasText: wasm })).toContainText(wasmSha);
  await expect(page.getByTestId("about-host-verdict")).toHaveAttribute("data-state", "ok");
  // Five headers, on the page's response and on the engine worker's script.
  await expect(page.getByTestId("about-headers").locator('tr[data-state="ok"]')).toHaveCount(10);
  await expect(page.getByTestId("host-warning")).toHaveCount(0);
  await expect(page.getByTestId("about-policy")).toContainText("no minimum version");
});

test.describe("a careless host", () => {
  // Without the header, only the page's meta policy stands; the app says so.
  test("a host that does not send the security headers gets a visible warning, and the panel names each", async ({ page }) => {
    const port = 8089 + 300 + test.info().workerIndex;
    const server = await ownServer(port, dist, { bare: true });
    try {
      await page.goto(`http://127.0.0.1:${port}/`);
      const warning = page.getByTestId("host-warning");
      await expect(warning).toBeVisible();
      await expect(warning).toContainText("Content-Security-Policy");
      await expect(warning).toContainText("X-Content-Type-Options");
      await page.getByTestId("host-warning-details").click();
      await expect(page.getByTestId("about-host-verdict")).toHaveAttribute("data-state", "missing");
      const csp = page.getByTestId("about-header-page-content-security-policy");
      await expect(csp).toHaveAttribute("data-state", "missing");
      await expect(csp).toContainText("(not sent)");
      await expect(csp).toContainText("frame-ancestors 'none'");
      // The worker's own script, whose header alone would confine it.
      await expect(page.getByTestId("about-header-worker-content-security-policy")).toHaveAttribute("data-state", "missing");
      // Hidden for this page on the user's word.
      await page.getByTestId("host-warning-hide").click();
      await expect(warning).toHaveCount(0);
    } finally {
      server.kill();
    }
  });
});

/** A copy of the build on its own server, whose files the test changes as a lab's IT would. */
async function labServer(info, offset) {
  const dir = info.outputPath("dist");
  cpSync(dist, dir, { recursive: true });
  const port = 8089 + offset + info.workerIndex;
  const server = await ownServer(port, dir);
  return { dir, server, home: `http://127.0.0.1:${port}/` };
}

/** Opens `home` until its service worker controls the page and has kept the build. */
async function visitOnce(page, home) {
  await page.goto(home);
  await expect(page.getByTestId("load-status")).toHaveAttribute("data-state", "idle");
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const kept = (page) => page.evaluate(() => caches.keys()).catch(() => null);

test("the kill switch: a revoked or emptied manifest stops the cached copy, which says why and forgets itself", async ({ page }, info) => {
  const { dir, server, home } = await labServer(info, 400);
  const original = readFileSync(join(dir, "tolk-manifest.json"));
  try {
    await visitOnce(page, home);
    expect(await kept(page)).toHaveLength(1);

    writeFileSync(join(dir, "tolk-manifest.json"), JSON.stringify({ revoked: "A fault in the CNV points: use 0.1.1 <b>now</b>" }));
    await page.reload();
    // The service worker answers with the notice instead of the app.
    const stopped = page.getByTestId("stopped");
    await expect(stopped).toHaveAttribute("data-state", "revoked");
    await expect(page.getByTestId("stopped-reason")).toHaveText("A fault in the CNV points: use 0.1.1 <b>now</b>");
    await expect(page.getByTestId("load-status")).toHaveCount(0);
    await expect.poll(() => kept(page)).toEqual([]);
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);

    // No worker now: the server's page itself checks, and stops too. An
    // empty manifest is a withdrawal without a reason.
    writeFileSync(join(dir, "tolk-manifest.json"), "");
    await page.reload();
    await expect(page.getByTestId("stopped")).toHaveAttribute("data-state", "revoked");
    await expect(page.getByTestId("stopped-reason")).toHaveCount(0);
    await expect(page.getByTestId("stopped")).toContainText("saved in this browser is kept");
    // The app behind the notice takes no clicks.
    await expect(page.locator("main.workbench")).toHaveAttribute("inert", "");

    // Restored on the server: the app is back.
    writeFileSync(join(dir, "tolk-manifest.json"), original);
    await page.reload();
    await expect(page.getByTestId("load-status")).toHaveAttribute("data-state", "idle");
    await expect(page.getByTestId("stopped")).toHaveCount(0);
  } finally {
    server.kill();
  }
});

test("a lab's minimum version stops an older cached copy, and a newer build on the server is offered", async ({ page }, info) => {
  const { dir, server, home } = await labServer(info, 500);
  try {
    await visitOnce(page, home);
    const policy = join(dir, "tolk-policy.json");
    writeFileSync(policy, JSON.stringify({ minimum_version: release() }));
    await page.reload();
    await expect(page.getByTestId("load-status")).toHaveAttribute("data-state", "idle");
    await showView(page, "about");
    await expect(page.getByTestId("about-policy")).toContainText(`requires version ${release()} or later`);
    expect(await kept(page)).toHaveLength(1);

    // The lab requires a release this copy is not, and the server has no newer one.
    writeFileSync(policy, JSON.stringify({ minimum_version: "99.0.0" }));
    await page.reload();
    const stopped = page.getByTestId("stopped");
    await expect(stopped).toHaveAttribute("data-state", "too-old");
    await expect(stopped).toContainText(`(${release()}) is older than your lab allows (99.0.0 or later)`);
    await expect(stopped).toContainText("no newer version yet");
    // The service worker retired the cached copy.
    await expect.poll(() => kept(page)).toEqual([]);

    // The server now says it has a newer release: the notice says to reload.
    const manifest = JSON.parse(readFileSync(join(dir, "tolk-manifest.json"), "utf8"));
    writeFileSync(join(dir, "tolk-manifest.json"), JSON.stringify({ ...manifest, version: "99.0.0" }));
    await page.reload();
    await expect(stopped).toContainText("The server has version 99.0.0: reload to use it.");
    await expect(page.getByTestId("stopped-reload")).toBeVisible();

    // A misspelt setting is said, not silently ignored, and stops nothing.
    writeFileSync(join(dir, "tolk-manifest.json"), JSON.stringify(manifest));
    writeFileSync(policy, JSON.stringify({ "minimum-version": "99.0.0" }));
    await page.reload();
    await expect(page.getByTestId("load-status")).toHaveAttribute("data-state", "idle");
    await showView(page, "about");
    await expect(page.getByTestId("about-policy")).toContainText("could not be read");
    rmSync(policy);
  } finally {
    server.kill();
  }
});
