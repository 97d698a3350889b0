// What the lab already knows: two cases classified and added to the lab's
// database, a third case carrying one of their variants shows the earlier
// class (offered, never applied by itself) and says when its own differs;
// a newer ClinVar release lists the class it changed when the case is
// reopened; the national export carries nothing that names a patient, a
// file, an analyst or a case.
import { test, expect } from "./fixtures.mjs";
import { readFile, writeFile } from "node:fs/promises";
import { TolkPage, exported, select, showPart, showStart, showView } from "./tolk-page.mjs";

const DEMO = "public/demo/tolk-demo-trio.vcf";
const SCN1A = "chr2:166003512:C:T";
const DEPDC5 = "chr22:31808245:C:T";
const ANALYST = "Kari Nordmann";

/** The demo trio as another patient's file: the same calls, other bytes (so another case). */
async function caseFile(info, n) {
  const text = await readFile(DEMO, "utf8");
  const path = info.outputPath(`case-${n}.vcf`);
  await writeFile(path, text.replace("##fileformat=VCFv4.2\n", `##fileformat=VCFv4.2\n##tolk_test_case=${n}\n`));
  return path;
}

/** Opens `path` as the case at hand, with the demo trio as its family. */
async function openCase(tolk, path) {
  await showStart(tolk.page);
  await tolk.open(path);
  await tolk.expectReady({ records: 16 });
  await showView(tolk.page, "variants");
  await tolk.useDemoFamily();
}

async function nameAnalyst(page) {
  await page.getByTestId("analyst").fill(ANALYST);
  await page.getByTestId("analyst").press("Enter");
}

async function classify(page, key, codes) {
  await select(page, key);
  for (const code of codes) await page.getByTestId(`criterion-${code}`).check();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
}

async function addToLabDb(page) {
  await showView(page, "knowledge");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("labdb-add-case").click()]);
  await expect(page.getByTestId("knowledge-said")).toContainText("added to the lab database");
  expect(download.suggestedFilename()).toBe("tolk-lab-database.json");
  return JSON.parse(await readFile(await download.path(), "utf8"));
}

async function openKnowledge(page, ...paths) {
  await showView(page, "knowledge");
  await page.getByTestId("knowledge-input").setInputFiles(paths);
}

test("a case classified in the lab before shows the earlier class in a third case", async ({ page }, info) => {
  const tolk = new TolkPage(page);
  await tolk.goto();

  // Case 1: DEPDC5's stop-gain, likely pathogenic.
  await openCase(tolk, await caseFile(info, 1));
  await nameAnalyst(page);
  await classify(page, DEPDC5, ["PVS1", "PM2"]);
  const first = await addToLabDb(page);
  expect(first.cases).toHaveLength(1);

  // Case 2: SCN1A, and DEPDC5 again.
  await openCase(tolk, await caseFile(info, 2));
  await classify(page, SCN1A, ["PS2", "PM2", "PP3"]);
  const second = await addToLabDb(page);
  expect(second.cases).toHaveLength(2);
  // Saved again as the browser keeps it (stored a moment after the
  // download): the same database.
  await expect.poll(async () => JSON.parse((await exported(page, "labdb-save")).text)).toEqual(second);

  // Case 3 carries both. The lab database was kept in the browser.
  await openCase(tolk, await caseFile(info, 3));
  await page.getByTestId("grid-columns").locator("summary").click();
  await page.getByTestId("column-lab_class").check();
  await page.getByTestId("grid-columns").locator("summary").click();
  const depdc5Row = page.locator(`[data-key="${DEPDC5}"]`);
  await expect(depdc5Row.getByTestId("grid-lab")).toHaveAttribute("data-class", "likely_pathogenic");
  await expect(depdc5Row.getByTestId("grid-lab")).toHaveAttribute("data-cases", "2");

  await select(page, DEPDC5);
  await showPart(page, "known");
  await expect(page.getByTestId("known-lab-seen")).toContainText("Seen in 2 of 2 other cases");
  const earlier = page.getByTestId("known-lab-classifications");
  await expect(earlier).toContainText("PVS1");
  await expect(earlier).toContainText(ANALYST);
  // Offered, not applied: this case has no class until the clinician takes it.
  await showPart(page, "classification");
  await expect(page.getByTestId("criterion-PVS1")).not.toBeChecked();
  await showPart(page, "known");
  await page.getByTestId("known-lab-start").click();
  await showPart(page, "classification");
  await expect(page.getByTestId("criterion-PVS1")).toBeChecked();
  await expect(page.getByTestId("classification")).toHaveAttribute("data-class", "likely_pathogenic");
  await expect(page.getByTestId("criterion-comment-PVS1")).toHaveValue(/As this lab classified it on \d{4}-\d\d-\d\d/);
  // A class of its own that differs from the lab's is flagged, in the detail and the grid.
  await page.getByTestId("criterion-PVS1").uncheck();
  await showPart(page, "known");
  await expect(page.getByTestId("known-lab-differs")).toContainText("Likely pathogenic before; this case has it as Uncertain significance");
  await expect(depdc5Row.getByTestId("grid-lab")).toHaveAttribute("data-differs", "true");

  // The national export: with a threshold of 2, the two cases' counts are
  // told; with 3 they are left out. Nothing names a patient, a file, an
  // analyst or a case.
  await showView(page, "knowledge");
  await page.getByTestId("labdb-min-count").fill("2");
  await page.getByTestId("labdb-min-count").press("Enter");
  const told = (await exported(page, "labdb-export-vcf")).text;
  expect(told.split("\n").find((l) => l.startsWith("chr2\t166003512"))).toContain("AC_HET=2;");
  await page.getByTestId("labdb-min-count").fill("3");
  await page.getByTestId("labdb-min-count").press("Enter");
  const vcf = (await exported(page, "labdb-export-vcf")).text;
  const tsv = (await exported(page, "labdb-export-tsv")).text;
  expect(vcf).toContain("chr22\t31808245\t.\tC\tT");
  expect(vcf).toMatch(/CLASS=Likely_pathogenic/);
  const scn1a = vcf.split("\n").find((l) => l.startsWith("chr2\t166003512"));
  expect(scn1a).toContain("COUNTS_SUPPRESSED");
  expect(scn1a).not.toContain("AC_HET=2");
  expect(tsv.split("\n")[0]).toContain("Clinical significance");
  for (const secret of [ANALYST, "PROBAND", "MOTHER", "FATHER", "case-", ".vcf\t", "case-1.vcf", "tolk_test_case"]) {
    expect(vcf, secret).not.toContain(secret);
    expect(tsv, secret).not.toContain(secret);
  }
  for (const c of second.cases) {
    expect(vcf).not.toContain(c.id.slice(5));
    expect(tsv).not.toContain(c.id.slice(5));
  }
});

test("a newer ClinVar release lists the class it changed when the case is reopened", async ({ page }, info) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  const file = await caseFile(info, 4);
  await openCase(tolk, file);
  await nameAnalyst(page);
  await openKnowledge(page, "tests/data/knowledge/clinvar-demo-2023.vcf");
  const clinvar = page.locator('[data-testid=knowledge-file][data-kind="clinvar"]');
  await expect(clinvar).toHaveAttribute("data-state", "ready");
  await expect(clinvar.getByTestId("knowledge-version")).toHaveText("2023-01-07 (GRCh38)");

  await showView(page, "variants");
  await classify(page, DEPDC5, ["PVS1", "PM2"]);
  await showPart(page, "known");
  await expect(page.getByTestId("known-clinvar-now")).toContainText("Uncertain significance");

  // ClinVar's 2025 release replaces 2023's; the case is opened again.
  await openKnowledge(page, "tests/data/knowledge/clinvar-demo-2025.vcf");
  await expect(clinvar.getByTestId("knowledge-version")).toHaveText("2025-03-02 (GRCh38)");
  await page.reload();
  await tolk.open(file);
  await tolk.expectReady({ records: 16 });
  await expect(page.getByTestId("restored-work")).toBeVisible();
  // Said in the case bar, one click from the list.
  const notice = page.getByTestId("reanalysis-notice");
  await expect(notice).toHaveAttribute("data-changes", "1");
  await notice.getByRole("button").click();
  await expect(page.getByTestId("view-knowledge")).toHaveAttribute("aria-selected", "true");
  const change = page.getByTestId("reanalysis-clinvar");
  await expect(change).toHaveCount(1);
  await expect(change).toHaveAttribute("data-variant", DEPDC5);
  await expect(change).toContainText("ClinVar now says Likely pathogenic (2 ★, release 2025-03-02)");
  await expect(change).toContainText("it said Uncertain significance (ClinVar's file then)");
  // The note names the release the work was done with.
  const note = (await exported(page, "export-markdown")).text;
  expect(note).toContain("ClinVar 2023-01-07 (GRCh38) (clinvar-demo-2023.vcf)");
});

test("gene constraint and GenCC stand beside the panel and the PVS1 question", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await openKnowledge(page, "tests/data/knowledge/constraint-v4.1.tsv", "tests/data/knowledge/gencc-submissions.tsv");
  for (const kind of ["constraint", "gencc"]) {
    await expect(page.locator(`[data-testid=knowledge-file][data-kind="${kind}"]`)).toHaveAttribute("data-state", "ready");
  }
  // Beside the panel: GenCC's strongest curation of each gene.
  await showView(page, "variants");
  const summary = page.getByTestId("panel-summary");
  await summary.locator("summary").click();
  const scn1a = summary.locator("tr", { has: page.locator("td.gene", { hasText: /^SCN1A$/ }) });
  await expect(scn1a.getByTestId("panel-gene-gencc")).toContainText("Definitive");
  // The stop-gain in DEPDC5: its gene's LOEUF is evidence beside PVS1, as context.
  await select(page, DEPDC5);
  await expect(page.getByTestId("suggestion-PVS1")).toContainText("LOEUF of the gene (gnomAD v4)");
  await showPart(page, "known");
  await expect(page.getByTestId("known-constraint")).toContainText("LOEUF");
  await expect(page.getByTestId("known-gencc")).toContainText("Definitive");
});

test("a newer version of the case's panel that drops a worked gene is listed", async ({ page }, info) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await nameAnalyst(page);
  await classify(page, SCN1A, ["PM2"]);
  // The panel's next version, without SCN1A, as PanelApp would publish it.
  const panel = JSON.parse(await readFile("public/demo/tolk-demo-epilepsy-panel.json", "utf8"));
  panel.version = "2.0";
  panel.genes = panel.genes.filter((g) => g.gene_data.gene_symbol !== "SCN1A");
  const newer = info.outputPath("epilepsy-2.0.json");
  await writeFile(newer, JSON.stringify(panel));
  await page.getByTestId("panel-input").setInputFiles(newer);
  const notice = page.getByTestId("reanalysis-notice");
  await expect(notice).toHaveAttribute("data-changes", "1");
  await notice.getByRole("button").click();
  await expect(page.getByTestId("reanalysis-panel")).toContainText("SCN1A left Tolk demo: early-onset epilepsy (version 1.0 → 2.0)");
});
