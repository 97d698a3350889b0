// Page object for Tolk: the stable data-testid hooks (README, "Testing
// hooks") and the actions a clinician takes.
import { expect } from "@playwright/test";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";

/** Selects the variant `key` (CHROM:POS:REF:ALT) and waits for its classification panel. */
export async function select(page, key) {
  await page.locator(`[data-key="${key}"]`).click();
  await expect(page.getByTestId("acmg-panel")).toHaveAttribute("data-variant", key);
}

/** Clicks the download button `testid`; the file's suggested name and text. A bounded wait, so a
 * download that never comes fails here, by name. */
export async function exported(page, testid) {
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 30_000 }),
    page.getByTestId(testid).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
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
    await this.page.getByTestId("demo-family").click();
  }

  async loadMillis() {
    return Number(await this.status.getAttribute("data-load-ms"));
  }
}
