// The grid's columns as a daily user sets them up: the defaults a
// clinician scans (protein change, ClinVar, each member's genotype, the
// class given), the chooser, the choice kept across a reload, sorting on a
// score, and an export with the columns shown.
import { test, expect } from "./fixtures.mjs";
import { TolkPage, exported, select, showPart } from "./tolk-page.mjs";

const SCN1A = "chr2:166003512:C:T";

/** The values of the grid's column `id` (its `col-<id>` header), row by row, as shown. */
async function columnValues(page, id) {
  return page.getByTestId("variant-grid").evaluate((grid, id) => {
    const header = grid.querySelector(`thead [data-testid="col-${id}"]`);
    const at = [...header.parentElement.children].indexOf(header);
    return [...grid.querySelectorAll('[data-testid="variant-row"]')].map((r) => r.children[at].textContent.trim());
  }, id);
}

test("the default columns show the protein change, each member's genotype by role and ClinVar", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  for (const id of ["gene", "consequence", "hgvs_p", "af", "clinvar", "inheritance", "gt-P", "gt-F", "gt-M", "class", "pos"]) {
    await expect(page.getByTestId(`col-${id}`)).toBeVisible();
  }
  const row = page.locator(`[data-key="${SCN1A}"]`);
  // HGVS p. of the MANE Select transcript, read again from the file; the whole expression in the title.
  await expect(row.locator("td.hgvs")).toHaveText("p.Arg1516Gln");
  await expect(row.locator("td.hgvs")).toHaveAttribute("title", "ENSP00000674923.1:p.Arg1516Gln");
  // The de novo: the proband carries it, the parents do not; depth, GQ and AB on hover.
  await expect(row.getByTestId("grid-gt")).toHaveText(["0/1", "0/0", "0/0"]);
  await expect(row.getByTestId("grid-gt").first()).toHaveAttribute("title", /^P: 0\/1, depth \d+, GQ \d+, allele balance 0\.\d\d$/);
  await expect(page.getByTestId("col-gt-P")).toHaveAttribute("title", "P: the proband");
  // Not classified yet: no class.
  await expect(row.getByTestId("grid-class")).toHaveText("");
});

test("columns are chosen, kept across a reload, sort by a score, and export as shown", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  const chooser = page.getByTestId("grid-columns");
  await chooser.locator("summary").click();
  await chooser.getByTestId("column-cadd").check();
  await chooser.getByTestId("column-comment").check();
  await chooser.getByTestId("column-hgvs_p").uncheck();
  await expect(page.getByTestId("col-cadd")).toBeVisible();
  await expect(page.getByTestId("col-hgvs_p")).toHaveCount(0);
  // Sorted by CADD, highest first; rows without a score last.
  await page.getByTestId("col-cadd").getByRole("button").click();
  await page.getByTestId("col-cadd").getByRole("button").click();
  await expect(page.getByTestId("col-cadd")).toHaveAttribute("aria-sort", "descending");
  // The sorted view has come (the last view's rows stay until it does), and its rows are drawn.
  await expect(page.getByTestId("variant-grid")).not.toHaveAttribute("aria-busy", "true");
  await expect(tolk.rows).toHaveCount(13);
  const cadd = await columnValues(page, "cadd");
  const scored = cadd.filter((v) => v !== "").map(Number);
  expect(scored.length).toBeGreaterThan(3);
  expect(scored).toEqual([...scored].sort((a, b) => b - a));
  expect(cadd.slice(scored.length).every((v) => v === "")).toBe(true);

  // The choice is the browser's: a reload keeps it.
  await page.reload();
  await tolk.openDemoCase();
  await expect(page.getByTestId("col-cadd")).toBeVisible();
  await expect(page.getByTestId("col-comment")).toBeVisible();
  await expect(page.getByTestId("col-hgvs_p")).toHaveCount(0);

  // The export has the columns shown, the family's genotypes by role.
  const { text } = await exported(page, "export-view-tsv");
  const header = text.split("\n")[0].split("\t");
  expect(header).toEqual([
    "gene", "consequence", "impact", "af", "gt_P", "gt_F", "gt_M", "clinvar", "inheritance", "class", "comment", "cadd", "chrom", "pos", "ref", "alt",
  ]);
  const scn1a = text.split("\n").map((l) => l.split("\t")).find((c) => c[0] === "SCN1A" && c[13] === "166003512");
  expect(scn1a.slice(4, 7)).toEqual(["0/1", "0/0", "0/0"]);

  // Back to the defaults.
  await chooser.locator("summary").click();
  await chooser.getByTestId("columns-default").click();
  await expect(page.getByTestId("col-hgvs_p")).toBeVisible();
  await expect(page.getByTestId("col-cadd")).toHaveCount(0);
});

test("the class given, the tags and a comment show in the grid, and the grid sorts by class", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  const chooser = page.getByTestId("grid-columns");
  await chooser.locator("summary").click();
  await chooser.getByTestId("column-tags").check();
  await chooser.getByTestId("column-comment").check();
  await chooser.locator("summary").click();
  // The last variant in view, so that sorting by class has to move it.
  await expect(tolk.rows).toHaveCount(13);
  const last = await tolk.rows.last().getAttribute("data-key");
  const row = page.locator(`[data-key="${last}"]`);
  await select(page, last);
  await page.getByTestId("final-class").selectOption("likely_pathogenic");
  await page.getByTestId("override-reason").fill("Segregation and phenotype");
  await page.getByTestId("override-reason").blur();
  await page.getByTestId("discuss").check();
  await expect(row.getByTestId("grid-class")).toHaveAttribute("data-class", "likely_pathogenic");
  await expect(row.getByTestId("grid-tags")).toContainText(/discuss/i);
  await expect(row.getByTestId("grid-comment")).toHaveText("");
  await showPart(page, "comments");
  await page.getByTestId("variant-comment").fill("Ask the lab for Sanger");
  await page.getByTestId("variant-comment").blur();
  await expect(row.getByTestId("grid-comment")).toHaveText("✎");
  // Sorted by class, the one classified variant comes first.
  await page.getByTestId("col-class").getByRole("button").click();
  await expect(page.getByTestId("col-class")).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByTestId("variant-grid")).not.toHaveAttribute("aria-busy", "true");
  await expect(tolk.rows.first()).toHaveAttribute("data-key", last);
});
