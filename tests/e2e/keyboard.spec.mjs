// Issue 8, keyboard: every action reachable without a mouse, and focus
// always visible. One test walks the whole page with Tab and checks that
// each control is reached (no trap, nothing skipped) and shows its focus;
// the other works the demo case with the keyboard alone, chart marks and
// explanations included.
import { test, expect } from "./fixtures.mjs";
import { TolkPage, select } from "./tolk-page.mjs";

/** Presses Tab until the focused element matches `selector`; fails, naming
 * where focus went instead, after `max` presses. */
async function tabTo(page, selector, max = 400) {
  for (let n = 0; n < max; n++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`Tab never reached ${selector}; focus is on ${at}`);
}

test("a clinician works the demo case with the keyboard alone", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tabTo(page, "[data-testid=demo-case]");
  await page.keyboard.press("Enter");
  await tolk.expectReady({ records: 16 });
  await tabTo(page, "[data-testid=demo-panel]");
  await page.keyboard.press("Enter");
  await tabTo(page, "[data-testid=demo-family]");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("proband")).not.toHaveValue("");

  // The table: Enter on it selects the first row; arrows move the selection.
  await tabTo(page, "[data-testid=variant-grid]");
  await page.keyboard.press("Enter");
  const panel = page.getByTestId("acmg-panel");
  await expect(panel).toHaveAttribute("data-variant", /.+/);
  const first = await panel.getAttribute("data-variant");
  await page.keyboard.press("ArrowDown");
  await expect(panel).not.toHaveAttribute("data-variant", first);

  // The variant's parts are tabs: one stop, arrows to the classification.
  await tabTo(page, "[role=tab][aria-selected=true][id^=part-tab-]");
  await page.keyboard.press("Home");
  for (let n = 0; n < 3; n++) await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("part-classification")).toBeFocused();
  await expect(page.getByTestId("part-classification")).toHaveAttribute("aria-selected", "true");

  // A suggestion accepted, and an explanation opened, by keyboard.
  await tabTo(page, "[data-testid^=suggestion-accept-]");
  const code = (await page.evaluate(() => document.activeElement.dataset.testid)).replace("suggestion-accept-", "");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId(`suggestion-${code}`)).toHaveAttribute("data-state", "accepted");
  await tabTo(page, ".criteria button.explain");
  await page.keyboard.press("Enter");
  await expect(page.locator(".criteria button.explain[aria-expanded=true]")).toHaveCount(1);

  // A chart's mark, chosen from its list: the selection follows.
  await tabTo(page, "[role=tab][aria-selected=true][id^=view-tab-]");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("view-charts")).toHaveAttribute("aria-selected", "true");
  await tabTo(page, "[data-testid=chart-genome] [data-testid=chart-marks]");
  const marks = page.getByTestId("chart-genome").getByTestId("chart-marks");
  const last = await marks.locator("option").last().textContent();
  await page.keyboard.press("End");
  await expect(marks).toHaveValue(/\d+/);
  await expect(panel).toHaveAttribute("data-variant", last);
});

test("Tab reaches every control of the working page, each showing its focus", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await select(page, "chr2:166003512:C:T");
  await expect(page.getByTestId("chart-lollipop")).toHaveAttribute("data-state", "ready");

  // Every control a person can operate, numbered.
  const total = await page.evaluate(() => {
    const candidates = document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]");
    let n = 0;
    for (const el of candidates) {
      if (el.disabled || el.tabIndex < 0 || el.closest("[inert]")) continue;
      if (el.type === "radio" && !el.checked) continue;
      // Folded away: inside a closed details (other than as its own summary), at any depth.
      let folded = false;
      for (let d = el.closest("details:not([open])"); d && !folded; d = d.parentElement?.closest("details:not([open])")) {
        folded = !(el.tagName === "SUMMARY" && el.parentElement === d);
      }
      if (folded) continue;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      if (!el.getClientRects().length) continue;
      el.dataset.control = String(n++);
    }
    return n;
  });
  expect(total).toBeGreaterThan(150);

  // From the first control on, Tab alone must reach all the others.
  const reached = new Set(["0"]);
  const unseen = [];
  await page.locator("[data-control='0']").focus();
  for (let n = 0; n < total + 60 && reached.size < total; n++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      // A hidden file input shows its focus on its label (style/tolk.css).
      const shown = el.type === "file" ? el.previousElementSibling ?? el : el;
      const style = getComputedStyle(shown);
      const visible = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      return { id: el.dataset.control, visible, what: el.outerHTML.slice(0, 100) };
    });
    if (!focus) continue;
    if (focus.id !== undefined) reached.add(focus.id);
    if (!focus.visible) unseen.push(focus.what);
  }
  const missed = await page.evaluate(
    (seen) =>
      [...document.querySelectorAll("[data-control]")]
        .filter((el) => !seen.includes(el.dataset.control))
        .map((el) => el.outerHTML.slice(0, 100)),
    [...reached],
  );
  expect(missed, "controls Tab never reached").toEqual([]);
  expect(unseen, "focus without a visible outline").toEqual([]);
});
