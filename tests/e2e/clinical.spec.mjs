// The default flow is clinically sound on files as pipelines write them,
// and the case is one thing: the family, panels, filters and the note's
// patient come back with the work, after a reload and after a session is
// exported and imported into an empty browser. Also: the printable note's
// preview is styled under the page's CSP, and a file without population
// frequencies says so.
import { test, expect } from "./fixtures.mjs";
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TolkPage, select, exported, showView } from "./tolk-page.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const data = (p) => join(root, "tests/data", p);
const TRIO = data("clinical/tolk-clinical-trio.vcf");
const DE_NOVO = "chr5:5300:T:G";

async function openTrio(page) {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(TRIO);
  await tolk.expectReady({ records: 12, samples: 3 });
  return tolk;
}

/** What defines the case, as the page shows it. */
async function expectCase(page) {
  await expect(page.getByTestId("proband")).toHaveValue("0");
  await expect(page.getByTestId("father")).toHaveValue("1");
  await expect(page.getByTestId("mother")).toHaveValue("2");
  await expect(page.getByTestId("proband-sex")).toHaveValue("female");
  await expect(page.getByTestId("panel-summary")).toHaveAttribute("data-genes", "4");
  await expect(page.getByTestId("filter-pass")).toBeChecked();
  await expect(page.getByTestId("filter-carrier")).toBeChecked();
  await expect(page.getByTestId("filter-af")).toHaveValue("0.01");
  await expect(page.getByTestId("inheritance-mode")).toHaveValue("de_novo");
  await expect(page.getByTestId("variant-count")).toHaveAttribute("data-count", "6");
  // The note is about the proband, not the file's first sample.
  const note = JSON.parse((await exported(page, "export-json")).text);
  expect(note.patient.sample).toBe("PROBAND");
  expect(note.findings[0].zygosity_by_sample.map((s) => s.role)).toEqual(["proband", "father", "mother"]);
  expect(note.findings[0].parental_origin).toBe("de_novo");
}

test("the family, panels, filters and the note's patient come back with the work, on reopening and on import", async ({ page, browser }, info) => {
  await openTrio(page);
  await page.getByTestId("analyst").fill("Kari Nordmann");
  await page.getByTestId("analyst").press("Enter");
  await page.getByTestId("ped-input").setInputFiles(data("clinical/tolk-clinical-trio.ped"));
  await page.getByTestId("panel-input").setInputFiles(data("clinical/tolk-clinical-genes.txt"));
  await page.getByTestId("preset-rare-disease").click();
  await page.getByTestId("inheritance-mode").selectOption("de_novo");
  // Two splice-site de novos, and in DNVD the clean one, the mosaic-looking
  // one, the skewed one and the shallow one.
  await expect(page.getByTestId("variant-count")).toHaveAttribute("data-count", "6");
  await expect(page.locator(`[data-key="${DE_NOVO}"] [data-testid="inheritance"]`)).toHaveText("De novo");
  await expect(page.locator('[data-key="chr5:5000:G:C"] [data-testid="inheritance"]')).toContainText("possible");
  await select(page, DE_NOVO);
  await page.getByTestId("suggestion-accept-PM6").click();
  await page.getByTestId("report-status").selectOption("report");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");

  // Reload (the URL would restore the filters on its own: start from a bare page).
  await page.goto("/");
  const tolk = new TolkPage(page);
  await tolk.open(TRIO);
  await tolk.expectReady({ records: 12 });
  await expect(page.getByTestId("restored-work")).toContainText("1 variant(s)");
  await expect(page.getByTestId("restored-case")).toContainText("Proband PROBAND");
  await expectCase(page);

  // Exported, and imported into a browser that has nothing stored.
  const session = await exported(page, "session-export");
  expect(session.name).toBe("tolk-clinical-trio.tolk-session.json");
  const saved = JSON.parse(session.text);
  expect(saved.case.family.proband).toBe(0);
  expect(saved.case.panels[0].genes.map((g) => g.symbol)).toEqual(["PAIRB", "DNVD", "SPLC", "MANEC"]);
  const context = await browser.newContext();
  const other = await context.newPage();
  await openTrio(other);
  await expect(other.getByTestId("restored-work")).toHaveCount(0);
  await expect(other.getByTestId("variant-count")).toHaveAttribute("data-count", "12");
  const file = info.outputPath("session.json");
  writeFileSync(file, session.text);
  await other.getByTestId("session-import").setInputFiles(file);
  await expect(other.getByTestId("import-review-added")).toContainText(DE_NOVO);
  await other.getByTestId("import-confirm").click();
  await expect(other.getByTestId("session-notice")).toContainText("imported");
  await expectCase(other);
  await context.close();
});

test("without a family the note names no patient sample and says what is missing", async ({ page }) => {
  await openTrio(page);
  await select(page, "chr3:3500:G:A");
  await page.getByTestId("suggestion-accept-PVS1").click();
  await showView(page, "note");
  await expect(page.getByTestId("note-incomplete")).toContainText("No proband is set");
  const note = JSON.parse((await exported(page, "export-json")).text);
  expect(note.patient.sample).toBeNull();
});

test("a splice duplication beside the AG gets no PVS1, and the reason is shown", async ({ page }) => {
  await openTrio(page);
  await page.getByTestId("ped-input").setInputFiles(data("clinical/tolk-clinical-trio.ped"));
  await select(page, "chr3:3000:A:ACA");
  await expect(page.getByTestId("suggestion-PVS1")).toHaveCount(0);
  await expect(page.getByTestId("acmg-panel")).toContainText("leaves the canonical ±1/±2 splice dinucleotide in place");
  // The detail says which transcript the consequence comes from, and why.
  await expect(page.getByTestId("variant-detail")).toContainText("ENST00000000033 (MANE Select)");
});

test("a file without population frequencies says so and shows no AF as absent", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(data("clinical/tolk-freq-none.vcf"));
  await tolk.expectReady({ records: 1 });
  await expect(page.getByTestId("no-frequency")).toContainText("No population allele frequency");
  await expect(page.getByTestId("variant-row").first()).not.toContainText("not found");
  await expect(page.getByTestId("frequency-sources")).toContainText("none found");
});

test("frequency sources are listed, and switching one off reads the file again without it", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(data("families/scout-643594.clinical.vcf.gz"));
  await tolk.expectReady({ records: 680 });
  const sources = page.getByTestId("frequency-sources");
  await sources.locator("summary").click();
  await expect(sources.locator('[data-source="INFO/EXACMAX_AF"]')).toBeChecked();
  await expect(sources.locator('[data-source="INFO/1000G_MAX_AF"]')).not.toBeChecked();
  await expect(sources).toContainText("groups under 2,000 alleles");
  const row = page.locator('[data-key="1:235840495:A:AC"], [data-key^="1:235840495:"]').first();
  await page.getByTestId("filter-regions").fill("1:235840495");
  await page.getByTestId("filter-regions").press("Enter");
  await expect(row).toContainText("0.0122");
  // A change reads the file again (the list is gone while it does).
  await sources.locator('[data-source="INFO/EXACMAX_AF"]').click();
  await tolk.expectReady({ records: 680 });
  await expect(row).toContainText("0.0066");
  // The lab's choice is remembered in this browser.
  await page.reload();
  await tolk.open(data("families/scout-643594.clinical.vcf.gz"));
  await tolk.expectReady({ records: 680 });
  await page.getByTestId("frequency-sources").locator("summary").click();
  await expect(page.getByTestId("frequency-sources").locator('[data-source="INFO/EXACMAX_AF"]')).not.toBeChecked();
});

test("the printable note's preview is styled as the downloaded page is, under the page's CSP", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await select(page, "chr2:166003512:C:T");
  await page.getByTestId("suggestion-accept-PP3").click();
  await page.getByTestId("report-status").selectOption("report");
  await showView(page, "note");
  await page.locator("details.note-preview > summary").click();
  const frame = page.frameLocator('[data-testid="note-preview"]');
  await expect(frame.locator("h1")).toBeVisible();
  const background = await frame.locator("table.facts th").first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe("rgb(240, 240, 240)");
  // index.html names the hash of exactly the note's style element.
  const golden = readFileSync(data("note/demo.note.html"), "utf8");
  const style = golden.match(/<style>([\s\S]*?)<\/style>/)[1];
  const hash = createHash("sha256").update(style).digest("base64");
  expect(readFileSync(join(root, "index.html"), "utf8")).toContain(`'sha256-${hash}'`);
});

test("the clinician's answers weigh the de novo suggestion, and BS1 comes from the disorder's maximum credible AF", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  const SCN1A = "chr2:166003512:C:T";
  await select(page, SCN1A);
  // Parentage assumed, phenotype consistent: 0.5 SVI de novo points.
  await expect(page.getByTestId("suggestion-PM6")).toContainText("supporting");
  await page.getByTestId("answer-parentage").selectOption("confirmed");
  await expect(page.getByTestId("suggestion-PS2")).toContainText("moderate");
  await page.getByTestId("answer-specificity").selectOption("highly_specific");
  await expect(page.getByTestId("suggestion-PS2")).toContainText("strong");
  await page.getByTestId("answer-specificity").selectOption("not_consistent");
  await expect(page.getByTestId("suggestion-PS2")).toHaveCount(0);
  await expect(page.getByTestId("suggestion-remarks")).toContainText("0 SVI de novo point(s)");

  // Whiffin 2017's HCM example: 1 in 500, 2%, 100%, 50%: 4.00e-5.
  await page.locator(".thresholds summary").click();
  await expect(page.getByTestId("maxaf-result")).toContainText("4.00e-5");
  await page.getByTestId("maxaf-prevalence").fill("10000");
  await page.getByTestId("maxaf-prevalence").press("Enter");
  await page.getByTestId("maxaf-allelic").fill("0.5");
  await page.getByTestId("maxaf-allelic").press("Enter");
  await page.getByTestId("maxaf-penetrance").fill("1");
  await page.getByTestId("maxaf-penetrance").press("Enter");
  await page.getByTestId("maxaf-biallelic").check();
  // sqrt(1/10000) x 0.5 x sqrt(1) / sqrt(1) = 0.005.
  await expect(page.getByTestId("maxaf-result")).toContainText("0.0050");
  await page.getByTestId("maxaf-use-bs1").click();
  await expect(page.getByTestId("threshold-bs1")).toHaveValue("0.005");
  await page.getByTestId("maxaf-use-filter").click();
  await expect(page.getByTestId("filter-af")).toHaveValue("0.005");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");

  // The answers are the variant's work: they come back on reload.
  await page.reload();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await select(page, SCN1A);
  await expect(page.getByTestId("answer-parentage")).toHaveValue("confirmed");
  await expect(page.getByTestId("answer-specificity")).toHaveValue("not_consistent");
});
