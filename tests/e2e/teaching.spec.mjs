// The teaching cases as a learner uses them: each bundled case opens with
// its panel and family; the answer stays hidden until asked for; a learner
// who applies the expected criteria gets the expected class from Tolk's
// classifier and a comparison that agrees on every criterion; one who
// misses some sees which.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { TolkPage, select, seriousViolations, showPart, showStart } from "./tolk-page.mjs";

const LIBRARY = JSON.parse(readFileSync(new URL("../../public/cases/cases.json", import.meta.url), "utf8"));

/** `PM2_Supporting` as the checklist's code and strength option. */
function criterion(text) {
  const [code, strength] = text.split("_");
  return { code, strength };
}

const DEFAULT = { PVS1: "VeryStrong", BA1: "StandAlone" };

async function apply(page, text) {
  const { code, strength } = criterion(text);
  await page.getByTestId(`criterion-${code}`).check();
  const fallback = DEFAULT[code] ?? { S: "Strong", M: "Moderate", P: "Supporting" }[code[1]];
  await page.getByTestId(`criterion-strength-${code}`).selectOption(strength ?? fallback);
}

test("the library lists at least five cases", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  const library = page.getByTestId("case-library");
  for (const c of LIBRARY.cases) await expect(library.getByTestId(`case-${c.id}`)).toHaveText(c.title.en);
  expect(LIBRARY.cases.length).toBeGreaterThanOrEqual(5);
});

for (const c of LIBRARY.cases) {
  test(`case ${c.id} opens, and its expected answers match the classifier`, async ({ page }) => {
    const tolk = new TolkPage(page);
    await tolk.goto();
    await page.getByTestId(`case-${c.id}`).click();
    await tolk.expectReady();
    const panel = page.getByTestId("teaching-case");
    await expect(panel).toHaveAttribute("data-case", c.id);
    await expect(panel.getByTestId("case-referral")).toHaveText(c.referral.en);
    // The case's panel narrows the view; with a family, the proband is set.
    await expect(page.getByTestId("panel-summary")).toHaveAttribute("data-genes", String(c.panel.length));
    if (c.ped) await expect(page.getByTestId("proband")).not.toHaveValue("");

    for (const answer of c.answers) {
      await select(page, answer.variant);
      const card = panel.locator(`[data-testid=case-answer][data-variant="${answer.variant}"]`);
      await expect(card.getByTestId("case-comparison")).toHaveCount(0);
      for (const e of answer.criteria) await apply(page, e.criterion);
      await expect(page.getByTestId("classification")).toHaveAttribute("data-class-points", answer.class);
      await card.getByTestId("case-reveal").click();
      const comparison = card.getByTestId("case-comparison");
      await expect(comparison).toHaveAttribute("data-expected", answer.class);
      await expect(comparison).toHaveAttribute("data-same", "true");
      await expect(comparison.getByTestId("case-criterion")).toHaveCount(answer.criteria.length);
      await expect(comparison.locator("[data-testid=case-criterion]:not([data-agreement=same])")).toHaveCount(0);
    }
  });
}

test("a learner who misses criteria sees which, with the answer's reasons", async ({ page }) => {
  const c = LIBRARY.cases.find((x) => x.id === "denovo-stxbp1");
  const answer = c.answers[0];
  const tolk = new TolkPage(page);
  await tolk.goto();
  await page.getByTestId(`case-${c.id}`).click();
  await tolk.expectReady();
  await select(page, answer.variant);
  await apply(page, "PVS1");
  await apply(page, "PP3");
  const card = page.getByTestId("case-answer");
  await card.getByTestId("case-reveal").click();
  const comparison = card.getByTestId("case-comparison");
  await expect(comparison).toHaveAttribute("data-same", "false");
  await expect(comparison).toHaveAttribute("data-yours", "likely_pathogenic");
  const agreement = (code) => comparison.locator(`[data-code=${code}]`);
  await expect(agreement("PVS1")).toHaveAttribute("data-agreement", "same");
  await expect(agreement("PS2")).toHaveAttribute("data-agreement", "missed");
  await expect(agreement("PS2")).toContainText("De novo: absent in both parents");
  await expect(agreement("PP3")).toHaveAttribute("data-agreement", "extra");
  expect(await seriousViolations(page), "a case with its answer shown").toEqual([]);

  // In Norwegian, the case and its answer are in Norwegian.
  await page.getByTestId("language-select").selectOption("nb");
  await expect(page.getByTestId("teaching-case")).toContainText(c.title.nb);
  await expect(agreement("PS2")).toContainText("Mangler");
  await expect(agreement("PS2")).toContainText(answer.criteria[1].why.nb);

  // Another file closes the case.
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await expect(page.getByTestId("teaching-case")).toHaveCount(0);
});

test("in exam mode the suggestions and the answer stay hidden until the learner submits, and what was submitted is scored", async ({ page }) => {
  const c = LIBRARY.cases.find((x) => x.id === "denovo-stxbp1");
  const answer = c.answers[0];
  const tolk = new TolkPage(page);
  await tolk.goto();
  await page.getByTestId("exam-mode").check();
  await page.getByTestId(`case-${c.id}`).click();
  await tolk.expectReady();
  await expect(page.getByTestId("exam-status")).toBeVisible();
  await select(page, answer.variant);
  const card = page.getByTestId("case-answer");

  // Nothing gives the answer away: no suggestion, no mark on a criterion,
  // no answer to reveal.
  await expect(page.getByTestId("suggestions-hidden")).toBeVisible();
  await expect(page.getByTestId("suggestions")).toHaveCount(0);
  await expect(page.locator(".flag.suggested")).toHaveCount(0);
  await expect(card.getByTestId("case-reveal")).toHaveCount(0);
  await expect(card.getByTestId("case-comparison")).toHaveCount(0);
  // Nor does the file's ClinVar annotation, in the summary or the INFO fields.
  await showPart(page, "summary");
  await expect(page.getByTestId("variant-detail")).toContainText("hidden in the exam until you submit");
  await expect(page.locator("details.info-fields")).toHaveCount(0);
  // Nor ClinVar's link out, nor the grid's ClinVar column.
  await expect(page.getByTestId("link-gnomad")).toHaveCount(1);
  await expect(page.getByTestId("link-clinvar")).toHaveCount(0);
  const clinvarCell = page.locator(`[data-key="${answer.variant}"] td.clinvar`);
  await expect(clinvarCell).toHaveText("hidden in the exam until you submit");
  await showPart(page, "classification");

  // The learner applies PVS1 only and submits: one of three right, two
  // missed, and the class differs.
  await apply(page, "PVS1");
  await card.getByTestId("case-submit").click();
  const score = card.getByTestId("exam-score");
  await expect(score).toHaveAttribute("data-percent", "33");
  await expect(score).toHaveAttribute("data-class-same", "false");
  const comparison = card.getByTestId("case-comparison");
  await expect(comparison).toHaveAttribute("data-yours", "likely_pathogenic");
  await expect(comparison.locator("[data-code=PS2]")).toHaveAttribute("data-agreement", "missed");
  // Submitted, the help comes back for learning.
  await expect(page.getByTestId("suggestions")).toBeVisible();
  await showPart(page, "summary");
  await expect(page.locator("details.info-fields")).toHaveCount(1);
  await expect(page.getByTestId("link-clinvar")).toHaveCount(1);
  await expect(clinvarCell).not.toHaveText("hidden in the exam until you submit");
  await showPart(page, "classification");
  await expect(page.getByTestId("suggestions-hidden")).toHaveCount(0);

  // Changing the criteria with the answer in view does not change the score.
  await apply(page, "PS2_Supporting");
  await apply(page, "PM2_Supporting");
  await expect(page.getByTestId("classification")).toHaveAttribute("data-class-points", "pathogenic");
  await expect(score).toHaveAttribute("data-percent", "33");
  expect(await seriousViolations(page)).toEqual([]);

  // Opening the case again gives no second try: the score stays.
  await showStart(page);
  await page.getByTestId(`case-${c.id}`).click();
  await tolk.expectReady();
  await select(page, answer.variant);
  await expect(page.getByTestId("exam-score")).toHaveAttribute("data-percent", "33");

  // The choice is remembered in this browser for the next case.
  await page.reload();
  await expect(page.getByTestId("exam-mode")).toBeChecked();
});
