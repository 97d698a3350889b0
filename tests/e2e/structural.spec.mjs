// Structural variants as a clinician works them: a trio's copy-number
// calls (tests/data/sv/tolk-cnv-trio.vcf, written by the team in Manta's
// and CNVnator's layout) narrowed to deletions over a panel gene, the one
// left classified by the ACMG/ClinGen CNV points with the lab's dosage
// list open, and the note and FHIR giving it; the case's structural
// filters come back after a reload.
import { test, expect } from "./fixtures.mjs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TolkPage, select, showPart, showView, exported } from "./tolk-page.mjs";
import { validateFhir, validateNote } from "../schema/validate.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const data = (p) => join(root, "tests/data", p);
const TRIO = data("sv/tolk-cnv-trio.vcf");
const SMS = "chr17:16800000:N:<DEL>";

async function openTrio(page) {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(TRIO);
  await tolk.expectReady({ records: 5, samples: 3 });
  return tolk;
}

test("deletions over a panel gene are found and one is classified by the CNV points", async ({ page }) => {
  await openTrio(page);
  await page.getByTestId("analyst").fill("Kari Nordmann");
  await page.getByTestId("analyst").press("Enter");
  await page.getByTestId("ped-input").setInputFiles(data("sv/tolk-cnv-trio.ped"));
  await page.getByTestId("panel-input").setInputFiles(data("sv/tolk-cnv-panel.txt"));
  await page.getByTestId("preset-rare-disease").click();
  // The preset keeps the de novo deletion and the maternal duplication over
  // the panel's genes; the common deletion goes by its gnomAD-SV AF.
  await expect(page.getByTestId("variant-count")).toHaveAttribute("data-count", "2");
  const row = page.locator(`[data-key="${SMS}"]`);
  await expect(row.getByTestId("grid-sv")).toHaveAttribute("data-svtype", "DEL");
  await expect(row.getByTestId("grid-sv")).toContainText("DEL 3.6 Mb");
  // Deletions only.
  await page.getByTestId("filter-svtype-DEL").check();
  await expect(page.getByTestId("variant-count")).toHaveAttribute("data-count", "1");
  await expect(page.getByTestId("funnel")).toContainText("Structural variants: deletion");

  // The lab's dosage list, then the deletion in detail.
  await showView(page, "knowledge");
  await page.getByTestId("knowledge-input").setInputFiles(data("knowledge/clingen-dosage-sample.tsv"));
  await expect(page.getByTestId("knowledge-files")).toContainText("ClinGen dosage sensitivity genes");
  await showView(page, "variants");
  await select(page, SMS);
  await showPart(page, "summary");
  const detail = page.getByTestId("detail-sv");
  await expect(detail).toContainText("chr17:16800001-20400000");
  await expect(page.getByTestId("detail-sv-genes").locator('[data-gene="RAI1"]')).toHaveAttribute("data-in-panel", "true");
  await expect(page.getByTestId("detail-sv-genes").locator('[data-gene="SREBF1"]')).toHaveAttribute("data-in-panel", "false");

  // The CNV points: Tolk offers 2A for RAI1 and 5A for the de novo call
  // (as assumed de novo, 0.30: the file does not confirm parentage); the
  // clinician applies them.
  await showPart(page, "classification");
  const checklist = page.getByTestId("cnv-checklist");
  await expect(checklist).toBeVisible();
  await expect(page.getByTestId("cnv-table-loss")).toBeChecked();
  await expect(page.getByTestId("cnv-suggestion-2A")).toContainText("RAI1");
  for (const code of ["1A", "2A", "3A", "5A"]) await page.getByTestId(`cnv-apply-${code}`).click();
  await expect(page.getByTestId("cnv-total")).toHaveAttribute("data-total", "130");
  await expect(page.getByTestId("cnv-class")).toHaveAttribute("data-class", "pathogenic");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  await expect(row.getByTestId("grid-class")).toHaveAttribute("data-class", "pathogenic");
  // 2A means another thing in the gain table: the switch waits.
  await expect(page.getByTestId("cnv-table-gain")).toBeDisabled();
  await expect(page.getByTestId("cnv-table-locked")).toBeVisible();
  await page.getByTestId("report-status").selectOption("report");

  // The note and FHIR.
  const note = JSON.parse((await exported(page, "export-json")).text);
  validateNote(note);
  const finding = note.findings[0];
  expect(finding.sv).toMatchObject({ kind: "DEL", start: 16800001, end: 20400000, len: 3600000 });
  expect(finding.genes).toContain("RAI1");
  expect(finding.cnv.total).toBeCloseTo(1.3);
  expect(finding.cnv.class).toBe("pathogenic");
  expect(finding.class).toBe("pathogenic");
  expect(finding.copy_number).toBe(1);
  const fhir = JSON.parse((await exported(page, "export-fhir")).text);
  validateFhir(fhir);
  expect(JSON.stringify(fhir)).toContain("SO:0000159");

  // The case's structural filter comes back with the work.
  await page.goto("/");
  const tolk = new TolkPage(page);
  await tolk.open(TRIO);
  await tolk.expectReady({ records: 5 });
  await expect(page.getByTestId("filter-svtype-DEL")).toBeChecked();
  await expect(page.getByTestId("variant-count")).toHaveAttribute("data-count", "1");
});

test("a maternal duplication is scored by the gain table, and looking at a table saves nothing", async ({ page }) => {
  await openTrio(page);
  await page.getByTestId("ped-input").setInputFiles(data("sv/tolk-cnv-trio.ped"));
  await showView(page, "knowledge");
  await page.getByTestId("knowledge-input").setInputFiles(data("knowledge/clingen-dosage-sample.tsv"));
  await expect(page.getByTestId("knowledge-files")).toContainText("ClinGen dosage sensitivity genes");
  await showView(page, "variants");
  // Structural variants alone, by size: the 1.5 Mb duplication first of those over 1 Mb.
  await page.getByTestId("filter-sv-only").click();
  await expect(page.getByTestId("variant-count")).toHaveAttribute("data-count", "4");
  await page.getByTestId("filter-min-size").fill("1000000");
  await page.getByTestId("filter-min-size").press("Enter");
  await expect(page.getByTestId("variant-count")).toHaveAttribute("data-count", "2");
  const dup = "chr17:15200000:N:<DUP>";
  await select(page, dup);
  const checklist = page.getByTestId("cnv-checklist");
  await expect(checklist).toHaveAttribute("data-dosage", "gain");
  await expect(page.getByTestId("cnv-suggestion-2A")).toContainText("PMP22");
  // Inherited from the unaffected mother: 5B and 5C offered, the analyst chooses.
  await expect(page.getByTestId("cnv-suggestion-5B")).toBeVisible();
  await expect(page.getByTestId("cnv-suggestion-5C")).toBeVisible();
  // Looking at the loss table and back is no work.
  await page.getByTestId("cnv-table-loss").check();
  await expect(checklist).toHaveAttribute("data-dosage", "loss");
  await page.getByTestId("cnv-table-gain").check();
  await expect(page.locator(`[data-key="${dup}"]`).getByTestId("grid-class")).not.toHaveAttribute("data-class", /./);
  await page.getByTestId("cnv-apply-2A").click();
  await page.getByTestId("cnv-apply-5C").click();
  await expect(page.getByTestId("cnv-total")).toHaveAttribute("data-total", "85");
  await expect(page.getByTestId("cnv-class")).toHaveAttribute("data-class", "uncertain_significance");
  await expect(page.locator(`[data-key="${dup}"]`).getByTestId("grid-class")).toHaveAttribute("data-class", "uncertain_significance");
  // An item's comment is kept, and listed with the variant's other comments.
  await page.getByTestId("cnv-comment-5C").fill("Mother examined: normal nerve conduction");
  await page.getByTestId("cnv-comment-5C").press("Tab");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  await showPart(page, "comments");
  await expect(page.getByTestId("other-comment").first()).toContainText("CNV item 5C");
  await expect(page.getByTestId("other-comment").first()).toContainText("normal nerve conduction");
});
