// Page object for Tolk: the stable data-testid hooks (README, "Testing
// hooks") and the actions a clinician takes.
import { expect } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { spawn } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Serves `dir` (a build) on its own port with tools/serve.mjs, so a test
 * can change what the server holds, take the server away, or (`bare`)
 * serve it as a careless host would, without the security headers.
 */
export async function ownServer(port, dir, { bare = false } = {}) {
  const args = ["tools/serve.mjs", "--dir", dir, "--port", String(port), ...(bare ? ["--bare"] : [])];
  const server = spawn("node", args, { cwd: root, stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  server.kill();
  throw new Error(`the server on port ${port} did not start`);
}

/** Selects the variant `key` (CHROM:POS:REF:ALT), shows its classification, and waits for it. */
export async function select(page, key) {
  // On the gene, where a clinician clicks: the row is wider than a narrow grid.
  await page.locator(`[data-key="${key}"] td.gene`).click();
  await showPart(page, "classification");
  await expect(page.getByTestId("acmg-panel")).toHaveAttribute("data-variant", key);
}

/** Shows the selected variant's part `id` (summary, transcripts, samples, classification, gene, comments). */
export async function showPart(page, id) {
  await page.getByTestId(`part-${id}`).click();
  await expect(page.getByTestId(`part-${id}`)).toHaveAttribute("aria-selected", "true");
}

/** Opens the start (the file box, the teaching cases, this computer), folded into the header once a file is open. */
export async function showStart(page) {
  const start = page.getByTestId("start");
  if (!(await start.evaluate((d) => d.open))) await start.locator(":scope > summary").click();
  await expect(start).toHaveAttribute("open", "");
}

/** Shows the view `id` of the open file (variants, charts, note). */
export async function showView(page, id) {
  await page.getByTestId(`view-${id}`).click();
  await expect(page.getByTestId(`view-${id}`)).toHaveAttribute("aria-selected", "true");
}

/** Shows what holds `locator`: the view and the part whose tabs hide it, outermost first. */
export async function reveal(page, locator) {
  const tabs = await locator.evaluate((el) => {
    const ids = [];
    for (let p = el.closest("[role=tabpanel]"); p; p = p.parentElement?.closest("[role=tabpanel]") ?? null) {
      ids.unshift(p.getAttribute("aria-labelledby"));
    }
    return ids;
  });
  for (const id of tabs) {
    const tab = page.locator(`[id="${id}"]`);
    if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
  }
}

/** Clicks the download button `testid` (showing the view it is in); the file's suggested name and
 * text. A bounded wait, so a download that never comes fails here, by name. */
export async function exported(page, testid) {
  const { name, bytes } = await exportedBytes(page, testid);
  return { name, text: bytes.toString("utf8") };
}

/** As {@link exported}, for a file that is not text (a workbook): its name and its bytes, as a Buffer. */
export async function exportedBytes(page, testid) {
  await reveal(page, page.getByTestId(testid));
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 30_000 }),
    page.getByTestId(testid).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** axe-core's serious and critical violations (WCAG 2.1 A and AA rules) on the page as it is. */
export async function seriousViolations(page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} element(s), e.g. ${v.nodes[0].target.join(" ")}`);
}

export class TolkPage {
  constructor(page) {
    this.page = page;
    this.status = page.getByTestId("load-status");
    this.count = page.getByTestId("variant-count");
    this.rows = page.getByTestId("variant-row");
    this.fileInput = page.getByTestId("file-input");
    this.demo = page.getByTestId("demo-case");
  }

  async goto() {
    await this.page.goto("/");
    await expect(this.status).toHaveAttribute("data-state", "idle");
  }

  async open(path) {
    await this.fileInput.setInputFiles(path);
  }

  async openDemo() {
    await showStart(this.page);
    await this.demo.click();
  }

  async expectReady({ records, samples } = {}) {
    await expect(this.status).toHaveAttribute("data-state", "ready");
    if (records !== undefined) await expect(this.status).toHaveAttribute("data-records", String(records));
    if (samples !== undefined) await expect(this.status).toHaveAttribute("data-samples", String(samples));
  }

  /** The demo case as a clinician sets it up: the trio, its panel and its family. */
  async openDemoCase() {
    await this.goto();
    await this.openDemo();
    await this.expectReady({ records: 16 });
    await this.page.getByTestId("demo-panel").click();
    await this.useDemoFamily();
  }

  /** Sets the demo trio as the family, and waits for the view it makes. */
  async useDemoFamily() {
    await this.page.getByTestId("demo-family").click();
    // The pedigree is fetched: the family is set once the proband is, and
    // the view it makes has come once the grid is no longer busy. A key
    // pressed or a row read now is of the case as set up, not of a view on
    // its way.
    await expect(this.page.getByTestId("proband")).toHaveValue("0");
    await expect(this.page.getByTestId("variant-grid")).not.toHaveAttribute("aria-busy", "true");
  }

  async loadMillis() {
    return Number(await this.status.getAttribute("data-load-ms"));
  }
}
