// The main end-to-end flows in Firefox ESR (Debian's firefox-esr), driven
// through geckodriver by selenium-webdriver: open a file, narrow the demo
// case, classify a variant, export the note, reload and find the work
// restored, with no Content-Security-Policy violation on the way.
//
// Why not Playwright: its Firefox is a patched build it cannot download
// here, and its route to a stock Firefox (the `moz-firefox` channel, over
// WebDriver BiDi) needs newer BiDi commands than ESR has: Playwright 1.65
// fails on ESR 153 at the first page with "emulation.setMediaFeaturesOverride:
// unknown command" (docs/BROWSERS.md).
//
//   node tests/firefox/flows.mjs [--browser firefox|chrome] [--dir dist] [--port 8297] [--measure N]
//   node tests/firefox/flows.mjs --browser firefox|chrome --bench FILE[,FILE] [--measure N] [--query ?parsers=N]
//
// The same flows run in Chromium (`--browser chrome`, through ChromeDriver)
// to compare the two on one harness; `--measure N` then opens the demo and
// two files N times each and prints their load times (docs/BROWSERS.md). Each flow builds on the one before, in
// one browser, as a clinician works; a flow after a failed one is reported
// failed too, not run. The last line is Playwright's summary form
// (`  N passed (Ts)`, and `  N failed` above it), which CI counts, and the
// exit code is non-zero on any failure.
import { Builder, By, Key, until } from "selenium-webdriver";
import firefox from "selenium-webdriver/firefox.js";
import chrome from "selenium-webdriver/chrome.js";
import { Select } from "selenium-webdriver/lib/select.js";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const data = join(root, "tests/data");

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const browserName = arg("browser", process.env.TOLK_BROWSER || "firefox");
const distDir = resolve(root, arg("dir", process.env.TOLK_DIST || "dist"));
const port = Number(arg("port", process.env.TOLK_E2E_PORT || 8297));
const base = `http://127.0.0.1:${port}`;
const TIMEOUT = 30_000;

const SCN1A = "chr2:166003512:C:T";
const CSP = /Content[ -]Security[ -]Policy|Refused to (apply|load|execute|connect|frame|create)/i;

// ---------------------------------------------------------------- the server

async function serve() {
  if (!existsSync(join(distDir, "index.html"))) throw new Error(`no build in ${distDir}: run \`make build\` first`);
  const server = spawn("node", ["tools/serve.mjs", "--dir", distDir, "--port", String(port)], { cwd: root, stdio: "ignore" });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return server;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  server.kill();
  throw new Error(`the server on port ${port} did not start`);
}

// ---------------------------------------------------------------- the browser

const downloads = mkdtempSync(join(tmpdir(), "tolk-flows-downloads-"));
// webdriver.json holds each browser's flags and prefs, for the wasm-bindgen
// tests and these flows alike.
const webdriverJson = JSON.parse(readFileSync(join(root, "webdriver.json"), "utf8"));

function which(cmd) {
  try {
    return execFileSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

async function startBrowser() {
  if (browserName === "firefox") {
    const moz = webdriverJson["moz:firefoxOptions"] ?? {};
    const options = new firefox.Options();
    options.setBinary(process.env.FIREFOX || which("firefox-esr") || which("firefox"));
    for (const a of moz.args ?? []) options.addArguments(a);
    for (const [k, v] of Object.entries(moz.prefs ?? {})) options.setPreference(k, v);
    // Downloads go to a folder of ours, without asking.
    options.setPreference("browser.download.folderList", 2);
    options.setPreference("browser.download.dir", downloads);
    options.setPreference("browser.download.useDownloadDir", true);
    options.setPreference("browser.download.always_ask_before_handling_new_types", false);
    options.setPreference("browser.download.alwaysOpenPanel", false);
    // WebDriver BiDi, for the console (CSP reports) and a script before the page's own.
    options.enableBidi();
    const service = new firefox.ServiceBuilder(process.env.GECKODRIVER || which("geckodriver"));
    return new Builder().forBrowser("firefox").setFirefoxOptions(options).setFirefoxService(service).build();
  }
  if (browserName === "chrome") {
    const goog = webdriverJson["goog:chromeOptions"] ?? {};
    const options = new chrome.Options();
    options.setChromeBinaryPath(process.env.CHROMIUM || which("chromium"));
    options.addArguments(...(goog.args ?? []));
    options.setUserPreferences({ "download.default_directory": downloads, "download.prompt_for_download": false });
    options.enableBidi();
    const service = new chrome.ServiceBuilder(process.env.CHROMEDRIVER || which("chromedriver"));
    return new Builder().forBrowser("chrome").setChromeOptions(options).setChromeService(service).build();
  }
  throw new Error(`unknown browser ${browserName}: firefox or chrome`);
}

/**
 * Every console entry of the page, through WebDriver BiDi, and a listener for
 * `securitypolicyviolation` put in before the page's own scripts: the CSP
 * check of tests/e2e/fixtures.mjs, in a browser-neutral form.
 */
async function watchCsp(driver) {
  const seen = [];
  const bidi = await driver.getBidi();
  await bidi.subscribe("log.entryAdded");
  const ws = bidi.socket;
  ws.on("message", (raw) => {
    let msg;
    try {
      msg = JSON.parse(raw.toString());
    } catch {
      return;
    }
    if (msg.method !== "log.entryAdded") return;
    const text = String(msg.params?.text ?? "");
    if (process.env.TOLK_FLOWS_DEBUG) console.log(`    [${msg.params?.level} ${msg.params?.type}] ${text.slice(0, 400)}`);
    if (CSP.test(text)) seen.push(`console: ${text.slice(0, 300)}`);
  });
  await bidi.send({
    method: "script.addPreloadScript",
    params: {
      functionDeclaration: `() => {
        window.__cspViolations = [];
        document.addEventListener("securitypolicyviolation", (e) => {
          window.__cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + (e.sourceFile || ""));
        }, true);
      }`,
    },
  });
  return seen;
}

// ---------------------------------------------------------------- helpers (as tests/e2e/tolk-page.mjs)

let driver;
const byTestId = (id) => By.css(`[data-testid="${id}"]`);
const $ = (id) => driver.wait(until.elementLocated(byTestId(id)), TIMEOUT, `no [data-testid=${id}]`);

/** Waits until `fn` (run in the page with `arg`) returns true; the message names what was awaited. */
async function waitFor(what, fn, arg) {
  let last;
  try {
    await driver.wait(async () => {
      last = await driver.executeScript(fn, arg);
      return last === true;
    }, TIMEOUT);
  } catch (e) {
    throw new Error(`timed out waiting for ${what}${last !== undefined && last !== false ? ` (last: ${JSON.stringify(last)})` : ""}`);
  }
}

/** Waits until the element `testid` has `attr` equal to `value` (or, with a RegExp, matching it). */
async function expectAttr(testid, attr, value) {
  const re = value instanceof RegExp ? value.source : null;
  let last = null;
  try {
    await driver.wait(async () => {
      last = await driver.executeScript(
        (id, a) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute(a) ?? null,
        testid,
        attr,
      );
      return re ? last !== null && new RegExp(re).test(last) : last === String(value);
    }, TIMEOUT);
  } catch {
    throw new Error(`[data-testid=${testid}] ${attr}: expected ${value}, last ${JSON.stringify(last)}`);
  }
}

async function expectText(testid, text) {
  let last = null;
  try {
    await driver.wait(async () => {
      last = await driver.executeScript((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null, testid);
      return last !== null && last.includes(text);
    }, TIMEOUT);
  } catch {
    throw new Error(`[data-testid=${testid}]: expected to contain ${JSON.stringify(text)}, last ${JSON.stringify(last?.slice(0, 200))}`);
  }
}

async function expectProperty(testid, prop, value) {
  let last = null;
  try {
    await driver.wait(async () => {
      last = await driver.executeScript((id, p) => document.querySelector(`[data-testid="${id}"]`)?.[p] ?? null, testid, prop);
      return last === value;
    }, TIMEOUT);
  } catch {
    throw new Error(`[data-testid=${testid}].${prop}: expected ${JSON.stringify(value)}, last ${JSON.stringify(last)}`);
  }
}

async function click(testid) {
  const el = await $(testid);
  await driver.wait(until.elementIsVisible(el), TIMEOUT, `[data-testid=${testid}] not visible`);
  await el.click();
}

async function check(testid) {
  const el = await $(testid);
  if (!(await el.isSelected())) await el.click();
  await expectProperty(testid, "checked", true);
}

async function selectOption(testid, value) {
  await new Select(await $(testid)).selectByValue(value);
  await expectProperty(testid, "value", value);
}

async function fill(testid, text) {
  const el = await $(testid);
  await el.clear();
  await el.sendKeys(text, Key.ENTER);
}

/** Opens the start (the file box, the teaching cases), folded into the header once a file is open. */
async function showStart() {
  const start = await $("start");
  if (!(await driver.executeScript((d) => d.open, start))) await start.findElement(By.css(":scope > summary")).click();
  await expectAttr("start", "open", "");
}

async function gotoApp() {
  await driver.get(`${base}/`);
  await expectAttr("load-status", "data-state", "idle");
}

async function openDemo() {
  await showStart();
  await click("demo-case");
}

async function expectReady(records, samples) {
  await expectAttr("load-status", "data-state", "ready");
  if (records !== undefined) await expectAttr("load-status", "data-records", String(records));
  if (samples !== undefined) await expectAttr("load-status", "data-samples", String(samples));
}

async function showPart(id) {
  await click(`part-${id}`);
  await expectAttr(`part-${id}`, "aria-selected", "true");
}

async function showView(id) {
  await click(`view-${id}`);
  await expectAttr(`view-${id}`, "aria-selected", "true");
}

/** Selects the variant `key`, shows its classification, and waits for it. */
async function select(key) {
  const cell = await driver.wait(until.elementLocated(By.css(`[data-key="${key}"] td.gene`)), TIMEOUT, `no row ${key}`);
  await cell.click();
  await showPart("classification");
  await expectAttr("acmg-panel", "data-variant", key);
}

/** Clicks the download button `testid`; the file's name and text, once the browser has written it. */
async function exported(testid) {
  const before = new Set(readdirSync(downloads));
  await click(testid);
  let name;
  await driver.wait(
    async () => {
      name = readdirSync(downloads).find((f) => !before.has(f) && !/\.(part|crdownload|tmp)$/.test(f));
      return name !== undefined;
    },
    TIMEOUT,
    `no download from [data-testid=${testid}]`,
  );
  // Written in full: the browser renames its partial file when done; a size that holds still is the rest.
  let size = -1;
  for (;;) {
    const now = readFileSync(join(downloads, name)).length;
    if (now === size && now > 0) break;
    size = now;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { name, text: readFileSync(join(downloads, name), "utf8") };
}

const loadMillis = async () => Number(await (await $("load-status")).getAttribute("data-load-ms"));

// ---------------------------------------------------------------- the flows

const timings = {};
// Violations the page recorded before a reload started its record anew.
const earlierPages = [];

const flows = [
  [
    "a VCF opened through the file box gives bcftools' record and sample counts",
    async () => {
      await gotoApp();
      const path = "vep/bystro-trio.trim.vep.vcf.gz";
      const row = readFileSync(join(data, "expected-counts.tsv"), "utf8")
        .split("\n")
        .map((l) => l.split("\t"))
        .find((c) => c[0] === path);
      await (await $("file-input")).sendKeys(join(data, path));
      await expectReady(Number(row[1]), Number(row[2]));
      await driver.wait(until.elementLocated(byTestId("variant-row")), TIMEOUT, "no variant row");
      timings.file = await loadMillis();
    },
  ],
  [
    "the demo case opens with one click",
    async () => {
      await gotoApp();
      await openDemo();
      await expectReady(16, 3);
      await expectAttr("variant-count", "data-count", "17");
      const row = await driver.findElement(By.css(`[data-key="${SCN1A}"]`));
      const text = await row.getText();
      assert.match(text, /SCN1A/);
      assert.match(text, /missense variant/);
      timings.demo = await loadMillis();
    },
  ],
  [
    "the demo case narrows by panel, preset, family and de novo to the SCN1A variant",
    async () => {
      await click("demo-panel");
      await expectAttr("panel-summary", "data-genes", "11");
      await expectAttr("panel-summary", "data-matched", "8");
      await expectAttr("variant-count", "data-count", "13");
      await click("preset-rare-disease");
      await waitFor(
        "the funnel's PASS step at 12",
        () => document.querySelector('[data-testid="funnel"] li[data-step=pass]')?.getAttribute("data-remaining") === "12",
      );
      await click("demo-family");
      await expectProperty("proband", "value", "0");
      await selectOption("inheritance-mode", "de_novo");
      await expectAttr("variant-count", "data-count", "1");
      await waitFor(
        "the one row to be SCN1A's",
        (key) => {
          const rows = [...document.querySelectorAll('[data-testid="variant-row"]')].map((r) => r.dataset.key);
          return rows.length === 1 && rows[0] === key;
        },
        SCN1A,
      );
      const url = new URL(await driver.getCurrentUrl());
      assert.equal(url.searchParams.get("mode"), "de_novo");
      assert.doesNotMatch(url.href, /PROBAND|MOTHER|FATHER/);
    },
  ],
  [
    "a variant is classified: suggestions accepted, a criterion by hand, set for the report",
    async () => {
      await fill("analyst", "Kari Nordmann");
      await select(SCN1A);
      await expectText("suggestion-PP3", "PP3 at strong strength");
      await expectAttr("classification", "data-points", "0");
      await click("suggestion-accept-PP3");
      await click("suggestion-accept-PM2");
      await expectProperty("criterion-PP3", "checked", true);
      await expectAttr("criterion-PP3", "data-strength", "Strong");
      await expectAttr("criterion-PM2", "data-strength", "Supporting");
      await check("criterion-PP4");
      await fill("criterion-comment-PP4", "Dravet phenotype, onset 6 months");
      // PP3 strong 4 + PM2 supporting 1 + PP4 supporting 1.
      await expectAttr("classification", "data-points", "6");
      await expectAttr("classification", "data-class", "likely_pathogenic");
      await selectOption("report-status", "report");
      await expectText("variant-updated", "Kari Nordmann");
      await expectAttr("save-status", "data-state", "saved");
    },
  ],
  [
    "the note is exported as JSON and Markdown, holding the classified variant",
    async () => {
      await showView("note");
      await expectText("note-counts", "1 reported");
      const json = await exported("export-json");
      assert.match(json.name, /^tolk-note-tolk-demo-trio-\d{4}-\d\d-\d\d\.json$/);
      const note = JSON.parse(json.text);
      assert.deepEqual(
        note.findings.map((v) => v.gene),
        ["SCN1A"],
      );
      assert.equal(note.findings[0].class, "likely_pathogenic");
      assert.equal(note.findings[0].points, 6);
      assert.deepEqual(
        note.findings[0].criteria.map((c) => c.applied_as),
        ["PM2_Supporting", "PP3_Strong", "PP4"],
      );
      const md = await exported("export-markdown");
      assert.match(md.name, /\.md$/);
      assert.ok(md.text.includes("SCN1A") && md.text.includes("PP3_Strong"), "the Markdown note names the variant and its criteria");
      await showView("variants");
    },
  ],
  [
    "the work survives a reload",
    async () => {
      earlierPages.push(...((await driver.executeScript(() => window.__cspViolations)) ?? []));
      await driver.navigate().refresh();
      await expectAttr("load-status", "data-state", "idle");
      await openDemo();
      await expectReady(16);
      await expectText("restored-work", "1 variant(s)");
      await select(SCN1A);
      await expectAttr("classification", "data-points", "6");
      await expectProperty("criterion-PP4", "checked", true);
      await expectProperty("criterion-comment-PP4", "value", "Dravet phenotype, onset 6 months");
      await expectProperty("report-status", "value", "report");
      await expectAttr("suggestion-PP3", "data-state", "accepted");
    },
  ],
  [
    "About this copy: the host sends every header, and no request went elsewhere, the workers' included",
    async () => {
      await showView("about");
      await expectAttr("about-host-verdict", "data-state", "ok");
      await expectText("about-requests-summary", "0 to any address but");
      const from = await driver.executeScript(() =>
        [...document.querySelectorAll('[data-testid="about-requests-list"] tbody tr')].map((tr) => tr.dataset.from),
      );
      if (!from.includes("engine")) throw new Error(`no request of the engine worker is listed: ${from.join(", ")}`);
    },
  ],
];

// ---------------------------------------------------------------- load times (--measure N)

/** `data-load-ms` of the demo and of two files, each opened `n` times in a fresh page. */
async function measure(n) {
  const files = ["vep/bystro-trio.trim.vep.vcf.gz", "edge/pyvcf3-1kg.vcf.gz"];
  const counts = Object.fromEntries(
    readFileSync(join(data, "expected-counts.tsv"), "utf8")
      .split("\n")
      .map((l) => l.split("\t"))
      .map((c) => [c[0], c[1]]),
  );
  const samples = { demo: [], ...Object.fromEntries(files.map((f) => [f, []])) };
  for (let i = 0; i < n; i++) {
    await gotoApp();
    await openDemo();
    await expectReady(16);
    samples.demo.push(await loadMillis());
    for (const f of files) {
      await gotoApp();
      await (await $("file-input")).sendKeys(join(data, f));
      await expectReady(Number(counts[f]));
      samples[f].push(await loadMillis());
    }
  }
  for (const [what, ms] of Object.entries(samples)) {
    ms.sort((a, b) => a - b);
    console.log(`  load ${what}: median ${ms[ms.length >> 1]} ms (min ${ms[0]}, max ${ms.at(-1)}, n=${ms.length}, ${browserName})`);
  }
}

// ------------------------------------------- large files (--bench FILE,FILE)

/**
 * `make bench`'s browser comparison: each file (absolute paths) opened `n`
 * times, one line per file with the median time to ready, as
 * `bench <browser> <file> <median ms> <min ms> <records> <store bytes> <wasm memory bytes>`.
 * Nothing else runs: a large file takes longer than a flow's limits.
 */
async function bench(files, n) {
  for (const file of files) {
    const ms = [];
    let facts = [];
    for (let i = 0; i < n; i++) {
      // `--query ?parsers=N` sets the helpers, as the page's own URL does.
      await driver.get(`${base}/${arg("query", "")}`);
      await expectAttr("load-status", "data-state", "idle");
      await (await $("file-input")).sendKeys(file);
      await driver.wait(
        () => driver.executeScript(() => document.querySelector('[data-testid="load-status"]')?.getAttribute("data-state") === "ready"),
        900_000,
      );
      ms.push(await loadMillis());
      facts = await driver.executeScript(() =>
        ["data-records", "data-store-bytes", "data-wasm-memory-bytes"].map((a) =>
          document.querySelector('[data-testid="load-status"]').getAttribute(a),
        ),
      );
    }
    ms.sort((a, b) => a - b);
    console.log(`bench ${browserName} ${file} ${ms[ms.length >> 1]} ${ms[0]} ${facts.join(" ")}`);
  }
}

if (arg("bench")) {
  const server = await serve();
  driver = await startBrowser();
  try {
    await bench(arg("bench").split(","), Number(arg("measure", 3)));
  } finally {
    await driver.quit().catch(() => {});
    server.kill();
    rmSync(downloads, { recursive: true, force: true });
  }
  process.exit(0);
}

// ---------------------------------------------------------------- the run

const started = Date.now();
let server;
let cspSeen = [];
const results = [];
try {
  server = await serve();
  const t0 = Date.now();
  driver = await startBrowser();
  const caps = await driver.getCapabilities();
  console.log(
    `Running ${flows.length + 1} flows in ${caps.getBrowserName()} ${caps.getBrowserVersion()} against ${distDir} (started in ${Date.now() - t0} ms)`,
  );
  cspSeen = await watchCsp(driver);
  let broken = null;
  for (const [name, flow] of flows) {
    const t = Date.now();
    if (broken) {
      results.push({ name, ok: false, error: `not run: "${broken}" failed` });
    } else {
      try {
        await flow();
        results.push({ name, ok: true, ms: Date.now() - t });
      } catch (e) {
        broken = name;
        results.push({ name, ok: false, ms: Date.now() - t, error: e.stack || String(e) });
      }
    }
    const r = results.at(-1);
    console.log(`  ${r.ok ? "✓" : "✘"} ${r.name}${r.ms !== undefined ? ` (${(r.ms / 1000).toFixed(1)}s)` : ""}`);
  }
  // The page's own record of violations (the last page's: a reload starts it anew), and the console's.
  const inPage = await driver.executeScript(() => window.__cspViolations ?? null).catch(() => null);
  const violations = [...cspSeen, ...[...earlierPages, ...(inPage ?? [])].map((v) => `page: ${v}`)];
  // The watch itself: an inline script tried on purpose must be refused and seen, or an empty list proves nothing.
  const consoleBefore = cspSeen.length;
  await driver.executeScript(() => {
    const s = document.createElement("script");
    s.textContent = "window.__inlineRan = true";
    document.body.append(s);
  });
  let watched = false;
  try {
    await driver.wait(async () => {
      const page = await driver.executeScript(() => window.__cspViolations?.length ?? 0);
      return page > (inPage?.length ?? 0) && (browserName !== "firefox" || cspSeen.length > consoleBefore);
    }, 5_000);
    watched = !(await driver.executeScript(() => window.__inlineRan === true));
  } catch {}
  if (process.env.TOLK_FLOWS_DEBUG) console.log({ inPage, cspSeen, after: await driver.executeScript(() => window.__cspViolations) });
  const ok = violations.length === 0 && inPage !== null && watched;
  results.push({
    name: "no Content-Security-Policy violation was logged",
    ok,
    error: ok
      ? undefined
      : violations.length
        ? violations.join("\n")
        : "the CSP watch did not see an inline script refused on purpose, so it cannot vouch for the flows",
  });
  console.log(`  ${ok ? "✓" : "✘"} no Content-Security-Policy violation was logged`);
  if (arg("measure")) await measure(Number(arg("measure")));
} catch (e) {
  results.push({ name: "the browser and the server start", ok: false, error: e.stack || String(e) });
} finally {
  await driver?.quit().catch(() => {});
  server?.kill();
  rmSync(downloads, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok);
for (const r of failed) console.log(`\n  ✘ ${r.name}\n    ${String(r.error).split("\n").join("\n    ")}`);
if (timings.demo !== undefined) console.log(`\n  demo case: ready in ${timings.demo} ms (${browserName})`);
if (timings.file !== undefined) console.log(`  bystro-trio.trim.vep.vcf.gz: ready in ${timings.file} ms (${browserName})`);
console.log("");
if (failed.length) console.log(`  ${failed.length} failed`);
console.log(`  ${results.length - failed.length} passed (${((Date.now() - started) / 1000).toFixed(1)}s)`);
process.exit(failed.length ? 1 : 0);
