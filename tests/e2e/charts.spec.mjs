// A clinician looks at the pictures: each chart draws for the demo case
// with its text alternative, follows a filter change, and a click on a
// variant's mark selects it. `TOLK_WRITE_EXAMPLE=1` also keeps a PNG of
// each chart in docs/charts for the team's notes.
import { test, expect } from "./fixtures.mjs";
import { TolkPage, showPart, showView } from "./tolk-page.mjs";

const CHARTS = ["chart-consequences", "chart-funnel", "chart-genome", "chart-af-score", "chart-quality"];

test("each chart draws for the demo case, follows the filters, and selects what is clicked", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  const charts = page.getByTestId("charts");
  for (const id of CHARTS) {
    const chart = page.getByTestId(id);
    await expect(chart.locator("svg[role=img] title")).toHaveCount(1);
    await expect(chart.locator(".chart-text")).not.toBeEmpty();
  }
  const genome = page.getByTestId("chart-genome");
  await expect(genome.locator("circle")).toHaveCount(17);
  await expect(genome.locator(".chart-text")).toContainText("17 variants in view");
  await expect(page.getByTestId("chart-lollipop")).toHaveAttribute("data-state", "empty");

  // A filter change redraws them.
  const view = Number(await charts.getAttribute("data-view"));
  await page.getByTestId("demo-panel").click();
  await expect(charts).not.toHaveAttribute("data-view", String(view));
  await expect(genome.locator("circle")).toHaveCount(13);
  await expect(genome.locator(".chart-text")).toContainText("13 of them in panel genes");
  await expect(page.getByTestId("chart-funnel").locator("text")).toContainText(["In panel (11 genes)"]);

  // Selecting a variant draws its gene, in the variant's pane.
  await page.locator('[data-key="chr2:166003512:C:T"] td.gene').click();
  await showPart(page, "gene");
  const lollipop = page.getByTestId("chart-lollipop");
  await expect(lollipop).toHaveAttribute("data-state", "ready");
  await expect(lollipop.locator("svg title")).toHaveText("Variants in view along the SCN1A protein");
  await expect(lollipop.locator(".chart-text")).toContainText("position 1516");
  // Coloured by the classes given: none yet, so the head is hollow, and the legend says so.
  await page.getByTestId("lollipop-colour").selectOption("class");
  await expect(lollipop.locator("svg text")).toContainText(["not classified"]);
  // PM2 alone: 2 points, a VUS (grey); then the analyst sets the class.
  await showPart(page, "classification");
  await page.getByTestId("criterion-PM2").check();
  await expect(lollipop.locator('circle[fill="#6B6B6B"]')).toHaveCount(1);
  await page.getByTestId("final-class").selectOption("pathogenic");
  await expect(lollipop.locator('circle[fill="#D55E00"]')).toHaveCount(1);

  // A click on a mark in the genome chart selects that variant.
  await showView(page, "charts");
  // (Playwright scrolls the mark into view and clicks its centre.)
  await genome.locator("circle").last().click();
  const selected = page.getByTestId("acmg-panel");
  await expect(selected).not.toHaveAttribute("data-variant", "chr2:166003512:C:T");
  const key = await selected.getAttribute("data-variant");
  await expect(page.locator(`[data-key="${key}"]`)).toHaveAttribute("aria-current", "true");
  // Its pane is in the Variants view: the charts say what is selected, and lead there.
  await expect(page.getByTestId("chart-selection")).toContainText(key);
  await page.getByTestId("chart-show-selected").click();
  await expect(page.getByTestId("view-variants")).toHaveAttribute("aria-selected", "true");
  await expect(page.locator(`[data-key="${key}"]`)).toBeVisible();
  await showView(page, "charts");
  await expect(lollipop).toHaveAttribute("data-state", "ready");

  if (process.env.TOLK_WRITE_EXAMPLE) {
    for (const id of CHARTS) {
      await page.getByTestId(id).screenshot({ path: `docs/charts/${id}.png` });
    }
    await showView(page, "variants");
    await showPart(page, "gene");
    await page.getByTestId("lollipop-colour").selectOption("impact");
    await page.locator('[data-key="chr2:166003512:C:T"] td.gene').click();
    await expect(lollipop.locator(".chart-text")).toContainText("position 1516");
    await lollipop.screenshot({ path: "docs/charts/chart-lollipop.png" });
  }
  expect(errors).toEqual([]);
});
