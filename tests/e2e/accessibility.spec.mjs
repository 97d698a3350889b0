// The main views checked by axe-core (WCAG 2.1 A and AA rules) with the
// demo case open: the table, a selected variant with its classification
// panel, the charts and the note. Serious and critical violations fail.
import { test, expect } from "./fixtures.mjs";
import { TolkPage, seriousViolations as violations } from "./tolk-page.mjs";

test("the main views have no serious accessibility violations", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  expect(await violations(page), "the empty page").toEqual([]);
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await page.getByTestId("demo-panel").click();
  await page.getByTestId("demo-family").click();
  await page.locator('[data-key="chr2:166003512:C:T"]').click();
  await expect(page.getByTestId("acmg-panel")).toHaveAttribute("data-variant", "chr2:166003512:C:T");
  await expect(page.getByTestId("chart-lollipop")).toHaveAttribute("data-state", "ready");
  await page.getByTestId("suggestion-accept-PM2").click();
  expect(await violations(page), "a variant selected and classified").toEqual([]);
});
