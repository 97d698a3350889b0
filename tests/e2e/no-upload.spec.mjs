// Issue 9, "no upload": every request the page and its workers make while a
// clinician works is for one of the app's own static files, none carries
// the file's bytes, the Content-Security-Policy forbids anything else, and
// after one visit the app works with no server at all.
import { test, expect } from "./fixtures.mjs";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TolkPage, select, reveal, showView, ownServer } from "./tolk-page.mjs";
import { builtFiles } from "../../tools/staging.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = join(root, "dist");
const demoVcf = join(root, "public/demo/tolk-demo-trio.vcf");
const SCN1A = "chr2:166003512:C:T";

/** Every file of the build, as the paths the page may ask for, and the lab's policy beside them (tolk_core::hosting). */
function servedFiles() {
  return new Set(["/", "/tolk-policy.json", ...builtFiles(dist).map((f) => `/${f}`)]);
}

/** Does `text` hold any run of 16 characters of the patient's file? */
function carriesFileBytes(text, file) {
  for (let i = 0; i + 16 <= text.length; i++) if (file.includes(text.slice(i, i + 16))) return true;
  return false;
}

/** A clinician's session: open a file of their own, narrow, classify, export. */
async function work(page) {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(demoVcf);
  await tolk.expectReady({ records: 16, samples: 3 });
  await page.getByTestId("demo-panel").click();
  await page.getByTestId("demo-family").click();
  await page.getByTestId("filter-pass").check();
  await page.getByTestId("analyst").fill("Kari Nordmann");
  await page.getByTestId("analyst").press("Enter");
  await select(page, SCN1A);
  await page.getByTestId("suggestion-accept-PM2").click();
  await page.getByTestId("report-status").selectOption("report");
  await expect(page.getByTestId("chart-lollipop")).toHaveAttribute("data-state", "ready");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  for (const id of ["export-json", "export-markdown", "export-html", "export-fhir", "session-export"]) {
    await reveal(page, page.getByTestId(id));
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(id).click()]);
    expect(await download.path()).toBeTruthy();
  }
}

test("a whole session requests only the app's own files, and no request carries the file", async ({ page, context, baseURL }) => {
  const requests = [];
  context.on("request", (r) => requests.push(r));
  await work(page);

  const file = readFileSync(demoVcf, "utf8");
  const files = servedFiles();
  const origin = new URL(baseURL).origin;
  const problems = [];
  for (const r of requests) {
    const url = new URL(r.url());
    // Downloads are object URLs of this page: made here, never sent.
    if (url.protocol === "blob:" || url.protocol === "data:") continue;
    if (url.origin !== origin) problems.push(`another origin: ${r.url()}`);
    else if (!files.has(url.pathname)) problems.push(`not a file of the build: ${url.pathname}`);
    if (r.method() !== "GET") problems.push(`${r.method()} ${r.url()}`);
    if (r.postDataBuffer()?.length) problems.push(`a request body: ${r.url()}`);
    if (carriesFileBytes(decodeURIComponent(r.url()), file)) problems.push(`the file's text in ${r.url()}`);
    for (const [name, value] of Object.entries(await r.allHeaders())) {
      if (carriesFileBytes(value, file)) problems.push(`the file's text in header ${name} of ${r.url()}`);
    }
  }
  expect(problems).toEqual([]);
  expect(requests.length).toBeGreaterThan(5);

  // The app's own list says the same, workers' requests included.
  await showView(page, "about");
  const summary = page.getByTestId("about-requests-summary");
  await expect(summary).toContainText("0 to any address but");
  await expect(summary).toContainText("0 blocked");
  const rows = page.getByTestId("about-requests-list").locator("tbody tr");
  const listed = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({ state: tr.dataset.state, from: tr.dataset.from, url: tr.cells[2].title })),
  );
  const foreign = listed.filter((r) => r.state !== "own" || !files.has(new URL(r.url).pathname));
  expect(foreign, "the in-app list holds only this build's files").toEqual([]);
  const from = (who, path) => listed.some((r) => r.from === who && new URL(r.url).pathname === path);
  expect(from("page", "/"), "the page itself").toBe(true);
  expect(from("engine", "/worker_bg.wasm"), "the engine worker's own wasm").toBe(true);
  expect(from("page", "/tolk-manifest.json"), "the manifest the About panel shows").toBe(true);
});

test.describe("the policy's own test", () => {
  // It tries an inline script and requests to another origin, to see them refused.
  test.use({ allowedCsp: /inline script|localhost:\d+\/leak/ });

  test("the CSP allows only this origin, and blocks inline script and foreign requests from page and worker", async ({ page, baseURL }) => {
    const response = await page.goto("/");
    const csp = response.headers()["content-security-policy"];
    const directives = Object.fromEntries(
      csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(" ")]),
    );
    expect(directives["default-src"]).toBe("'none'");
    expect(directives["script-src"]).toBe("'self' 'wasm-unsafe-eval'");
    expect(directives["connect-src"]).toBe("'self'");
    expect(directives["img-src"]).toBe("'self' data:");
    expect(directives["font-src"]).toBe("'self'");
    expect(directives["form-action"]).toBe("'none'");
    // The worker's files are confined by the same header (workers do not inherit a <meta> policy).
    for (const path of ["/worker_loader.js", "/worker.js", "/hasher_loader.js", "/sw.js"]) {
      const r = await page.request.get(path);
      expect(r.status(), path).toBe(200);
      expect(r.headers()["content-security-policy"], path).toBe(csp);
    }

    const tolk = new TolkPage(page);
    await tolk.openDemo();
    await tolk.expectReady({ records: 16 });
    // Another origin that answers (the same server by another name), so a
    // request that was sent would succeed: only the policy can stop it.
    const elsewhere = `${new URL(baseURL).protocol}//localhost:${new URL(baseURL).port}/leak?d=PROBAND`;
    expect((await page.request.get(elsewhere)).status()).toBe(404);
    const answered = [];
    page.on("response", (r) => new URL(r.url()).hostname === "localhost" && answered.push(r.url()));
    const violations = [];
    await page.exposeFunction("__tolkViolation", (v) => violations.push(v));
    await page.evaluate(() =>
      document.addEventListener("securitypolicyviolation", (e) => window.__tolkViolation(`${e.violatedDirective} ${e.blockedURI}`)),
    );
    // Markup that reached the DOM could not run a script...
    const ran = await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__tolkInline = 1";
      document.body.append(s);
      return window.__tolkInline ?? null;
    });
    expect(ran).toBeNull();
    // ...nor send anything, from the page or from the engine's worker. (no-cors: a
    // request that went out would resolve, opaque; CORS cannot be what stops it.)
    const send = (url) => fetch(url, { method: "POST", body: "PROBAND", mode: "no-cors" }).then(() => "sent", (e) => `blocked: ${e.name}`);
    expect(await page.evaluate(send, elsewhere)).toBe("blocked: TypeError");
    await page.evaluate((url) => navigator.sendBeacon(url, "PROBAND"), elsewhere);
    const worker = page.workers().find((w) => w.url().includes("worker"));
    expect(worker, "the engine worker is running").toBeTruthy();
    expect(await worker.evaluate(send, elsewhere)).toBe("blocked: TypeError");
    await expect
      .poll(() => violations.join("\n"))
      .toMatch(/script-src-elem inline[\s\S]*connect-src http:\/\/localhost[\s\S]*connect-src http:\/\/localhost/);
    expect(answered).toEqual([]);

    // The in-app list of requests shows each attempt as blocked, the
    // engine worker's too, and nothing as sent elsewhere.
    await showView(page, "about");
    await expect(page.getByTestId("about-requests-summary")).toContainText("0 to any address but");
    const blocked = page.getByTestId("about-requests-list").locator('tbody tr[data-state="blocked"]');
    await expect(blocked.and(page.locator('[data-from="engine"]')).filter({ hasText: "localhost" })).not.toHaveCount(0);
    await expect(blocked.and(page.locator('[data-from="page"]')).filter({ hasText: "localhost" })).not.toHaveCount(0);
    await expect(blocked.filter({ hasText: "blocked by script-src-elem" })).not.toHaveCount(0);
  });
});

test("after one visit the app opens and works with no server and no network", async ({ page, context }) => {
  const port = 8089 + 100 + test.info().workerIndex;
  const server = await ownServer(port, dist);
  const home = `http://127.0.0.1:${port}/`;
  try {
    await page.goto(home);
    await expect(page.getByTestId("load-status")).toHaveAttribute("data-state", "idle");
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.evaluate(() => navigator.serviceWorker.ready);
  } finally {
    server.kill();
  }
  await context.setOffline(true);
  // Nothing listens on the port any more: only the service worker can answer.
  await expect(fetch(home)).rejects.toThrow();
  await page.goto(`${home}?pass=1`);
  const tolk = new TolkPage(page);
  await expect(tolk.status).toHaveAttribute("data-state", "idle");
  await expect(page.getByTestId("filter-pass")).toBeChecked();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16, samples: 3 });
  await page.getByTestId("demo-panel").click();
  await select(page, SCN1A);
  await expect(page.getByTestId("variant-detail")).toHaveAttribute("data-state", "ready");
  await page.getByTestId("suggestion-accept-PM2").click();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  await tolk.open(join(root, "tests/data/vep/bystro-trio.trim.vep.vcf.gz"));
  await tolk.expectReady({ records: 146 });
});

test("a newer build is offered, not forced, and takes over when the user chooses", async ({ page }, info) => {
  // A copy of the build, so its service worker can change under the page.
  const dir = info.outputPath("dist");
  cpSync(dist, dir, { recursive: true });
  const port = 8089 + 200 + test.info().workerIndex;
  const server = await ownServer(port, dir);
  // Document loads, not the URL updates the view makes (history.replaceState).
  const loads = [];
  page.on("domcontentloaded", () => loads.push(page.url()));
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // Asked across the reload the update makes: a page mid-navigation answers null.
    const cachesNow = () => page.evaluate(() => caches.keys()).catch(() => null);
    await expect.poll(cachesNow).toHaveLength(1);
    const [first] = await cachesNow();
    await expect(page.getByTestId("update-ready")).toHaveCount(0);
    expect(loads, "the first visit's service worker takes over without a reload").toHaveLength(1);

    // The next build: another version of the same files.
    const sw = join(dir, "sw.js");
    writeFileSync(sw, readFileSync(sw, "utf8").replace(/^const VERSION = "[0-9a-f]+";/, 'const VERSION = "0000000000000000";'));
    await page.reload();
    await expect(page.getByTestId("update-ready")).toBeVisible();
    // Until the user says so, the page keeps the build it was opened with.
    expect(await cachesNow()).toContain(first);
    await page.getByTestId("update-reload").click();
    await expect.poll(cachesNow).toEqual(["tolk-0000000000000000"]);
    await expect(page.getByTestId("load-status")).toHaveAttribute("data-state", "idle");
    await expect(page.getByTestId("update-ready")).toHaveCount(0);
  } finally {
    server.kill();
  }
});
