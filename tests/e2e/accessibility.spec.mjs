// The main views checked by axe-core (WCAG 2.1 A and AA rules) with the
// demo case open: the grid, each part of a selected variant, the charts
// and the note. Serious and critical violations fail. (axe checks what is
// shown, so each tab is shown in turn.)
import { test, expect } from "./fixtures.mjs";
import { TolkPage, select, showPart, showView, showStart, seriousViolations as violations } from "./tolk-page.mjs";

test("the main views have no serious accessibility violations", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  expect(await violations(page), "the empty page").toEqual([]);
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await page.getByTestId("demo-panel").click();
  await page.getByTestId("demo-family").click();
  await select(page, "chr2:166003512:C:T");
  await expect(page.getByTestId("chart-lollipop")).toHaveAttribute("data-state", "ready");
  await page.getByTestId("suggestion-accept-PM2").click();
  expect(await violations(page), "a variant selected and classified").toEqual([]);
  for (const part of ["summary", "transcripts", "samples", "known", "gene", "comments"]) {
    await showPart(page, part);
    expect(await violations(page), `the variant's ${part}`).toEqual([]);
  }
  const chooser = page.getByTestId("grid-columns");
  await chooser.locator("summary").click();
  await chooser.getByTestId("column-call_qc").check();
  await chooser.getByTestId("column-tags").check();
  await chooser.getByTestId("column-clinvar_current").check();
  await chooser.getByTestId("column-lab_class").check();
  await chooser.getByTestId("column-loeuf").check();
  expect(await violations(page), "the column chooser open, every kind of column shown").toEqual([]);
  await chooser.locator("summary").click();
  for (const view of ["charts", "note", "knowledge", "about"]) {
    await showView(page, view);
    expect(await violations(page), `the ${view} view`).toEqual([]);
  }
  await showStart(page);
  expect(await violations(page), "the start opened over the workbench").toEqual([]);
});
