// Page object for Tolk: the stable data-testid hooks (README, "Testing
// hooks") and the actions a clinician takes.
import { expect } from "@playwright/test";

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

  async expectReady({ records, samples }) {
    await expect(this.status).toHaveAttribute("data-state", "ready");
    if (records !== undefined) await expect(this.status).toHaveAttribute("data-records", String(records));
    if (samples !== undefined) await expect(this.status).toHaveAttribute("data-samples", String(samples));
  }

  async loadMillis() {
    return Number(await this.status.getAttribute("data-load-ms"));
  }
}
