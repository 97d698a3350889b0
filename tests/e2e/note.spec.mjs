// A clinician writes the interpretation note of the demo case: classifies
// two variants for the report and one VUS, writes the referral, phenotype
// and conclusion (one of them hostile), and downloads the note in each
// format. Each file holds the variants; the FHIR Bundle is valid FHIR R4;
// nothing the analyst typed turns into markup or script.
import { test, expect } from "./fixtures.mjs";
import { writeFile } from "node:fs/promises";
import { TolkPage, exported, select, reveal, showView } from "./tolk-page.mjs";
import { validateFhir, validateNote } from "../schema/validate.mjs";

const SCN1A = "chr2:166003512:C:T";
const DEPDC5 = "chr22:31808245:C:T";
const KCNQ2 = "chr20:63413452:G:A";
const HOSTILE = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> [click](javascript:alert(1)) | =HYPERLINK("http://evil")`;


async function fill(page, testid, text) {
  await reveal(page, page.getByTestId(testid));
  await page.getByTestId(testid).fill(text);
  await page.getByTestId(testid).blur();
}


test("the note holds the classified variants in every format, valid and inert", async ({ page }) => {
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await page.getByTestId("analyst").fill("Kari Nordmann");
  await page.getByTestId("analyst").press("Enter");

  await select(page, SCN1A);
  await page.getByTestId("suggestion-accept-PP3").click();
  await page.getByTestId("suggestion-accept-PM2").click();
  // The trio confirms parentage and Dravet syndrome is highly specific for
  // SCN1A: 2 SVI de novo points, so Tolk suggests PS2 at strong in place of
  // PM6 at supporting.
  await expect(page.getByTestId("suggestion-PM6")).toContainText("supporting");
  await page.getByTestId("answer-parentage").selectOption("confirmed");
  await page.getByTestId("answer-specificity").selectOption("highly_specific");
  await expect(page.getByTestId("suggestion-PM6")).toHaveCount(0);
  await page.getByTestId("suggestion-accept-PS2").click();
  await expect(page.getByTestId("criterion-PS2")).toBeChecked();
  // PP4 for the same phenotype would count it twice: the rule layer says so.
  await page.getByTestId("criterion-PP4").check();
  await expect(page.getByTestId("classification")).toContainText("counts it twice");
  await page.getByTestId("criterion-PP4").uncheck();
  // A strength changed by hand needs a reason before the note is final.
  await page.getByTestId("criterion-strength-PM2").selectOption("Moderate");
  await expect(page.getByTestId("criterion-needs-reason-PM2")).toBeVisible();
  // The note is made while it is shown.
  await showView(page, "note");
  await expect(page.getByTestId("note-panel").getByTestId("note-incomplete")).toContainText(
    "PM2 applied away from the usual strength without a reason",
  );
  await showView(page, "variants");
  await page.getByTestId("criterion-strength-PM2").selectOption("Supporting");
  await expect(page.getByTestId("criterion-needs-reason-PM2")).toHaveCount(0);
  await page.getByTestId("answer-inheritance").selectOption("dominant");
  await fill(page, "variant-condition", "Dravet syndrome (OMIM 607208)");
  await page.getByTestId("confirmation").selectOption("pending");
  await page.getByTestId("report-status").selectOption("report");

  await select(page, DEPDC5);
  await page.getByTestId("suggestion-accept-PVS1").click();
  await page.getByTestId("criterion-PM2").check();
  await expect(page.getByTestId("criterion-PM2")).toHaveAttribute("data-strength", "Supporting");
  await page.getByTestId("answer-inheritance").selectOption("dominant");
  await fill(page, "variant-condition", "Familial focal epilepsy with variable foci (OMIM 604364)");
  await page.getByTestId("confirmation").selectOption("confirmed");
  await page.getByTestId("report-status").selectOption("report");

  await select(page, KCNQ2);
  await page.getByTestId("criterion-PP3").check();
  await page.getByTestId("answer-inheritance").selectOption("dominant");
  await fill(page, "variant-condition", "Developmental and epileptic encephalopathy 7 (OMIM 613720)");
  await page.getByTestId("confirmation").selectOption("pending");
  await page.getByTestId("report-status").selectOption("vus_list");
  // Last: the comment is in the Comments part, which `fill` shows.
  await fill(page, "variant-comment", HOSTILE);

  const note = page.getByTestId("note-panel");
  await showView(page, "note");
  await expect(note.getByTestId("note-incomplete")).toContainText("No conclusion is written");
  await fill(page, "note-patient", "Pseudonym P-0042");
  await fill(page, "note-referral", "Infantile epileptic encephalopathy; trio exome.");
  await fill(page, "note-phenotype", "HP:0001250 Seizure\nHP:0001263 Global developmental delay");
  await fill(
    page,
    "note-conclusion",
    "A de novo likely pathogenic SCN1A variant explains the phenotype (Dravet syndrome).\nThe DEPDC5 variant is reported as a second finding; the KCNQ2 VUS is listed for review.",
  );
  await expect(note.getByTestId("note-incomplete")).toContainText("The test's limitations are not stated");
  await fill(
    page,
    "note-limitations",
    "Trio exome: SNVs and small indels in coding regions and splice sites. Structural variants, repeat expansions, low-level mosaicism and regions below 20x are not assessed.",
  );
  await expect(note.getByTestId("note-counts")).toHaveText("2 reported, 1 VUS listed, 0 more assessed.");
  await expect(note.getByTestId("note-incomplete")).toHaveCount(0);
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");

  // `TOLK_WRITE_EXAMPLE=1` keeps this session as the fixed input of the
  // golden notes (tests/data/note, rendered by tests in tolk-core).
  if (process.env.TOLK_WRITE_EXAMPLE) {
    const session = await exported(page, "session-export");
    await writeFile(new URL("../data/note/demo.session.json", import.meta.url), session.text);
  }

  const json = await exported(page, "export-json");
  expect(json.name).toMatch(/^tolk-note-tolk-demo-trio-\d{4}-\d\d-\d\d\.json$/);
  const model = JSON.parse(json.text);
  validateNote(model);
  expect(model.patient.identifier).toBe("Pseudonym P-0042");
  expect(model.test.build).toBe("GRCh38");
  expect(model.test.panels[0].name).toContain("epilep");
  expect(model.findings.map((v) => v.gene)).toEqual(["SCN1A", "DEPDC5"]);
  expect(model.findings[0]).toMatchObject({
    class: "likely_pathogenic",
    points: 9,
    zygosity: "het",
    condition: "Dravet syndrome (OMIM 607208)",
    disorder_inheritance: "dominant",
    confirmation: "pending",
  });
  expect(model.findings[0].criteria.map((c) => c.applied_as)).toEqual(["PS2", "PM2_Supporting", "PP3_Strong"]);
  expect(model.findings[0].hgvsp).toMatch(/^p\.\(.+\)$/);
  expect(model.findings[0].unexplained_strengths).toEqual([]);
  expect(model.findings[1].criteria.map((c) => c.applied_as)).toEqual(["PVS1", "PM2_Supporting"]);
  expect(model.vus.map((v) => v.gene)).toEqual(["KCNQ2"]);
  expect(model.phenotype[0]).toEqual({ hpo: "HP:0001250", text: "Seizure" });

  const md = await exported(page, "export-markdown");
  expect(md.name).toMatch(/\.md$/);
  for (const text of ["SCN1A", "DEPDC5", "KCNQ2", "PM2_Supporting", "Pseudonym P-0042", "GRCh38 chr2:166003512 C>T"]) {
    expect(md.text).toContain(text);
  }
  // Every < and [ the analyst typed is escaped, so no tag or link forms.
  expect(md.text).not.toMatch(/(^|[^\\])[<[]/m);
  expect(md.text).toContain("\\<script>");

  const html = await exported(page, "export-html");
  // Figures: the family, the funnel, and the gene of each of the three variants.
  expect(html.text.match(/<figure>/g)).toHaveLength(5);
  expect(html.text).toContain('data-role="proband"');
  expect(html.text).toContain("<title>Variants in view along the SCN1A protein</title>");
  expect(html.text).toContain("SCN1A");
  expect(html.text).toContain("DEPDC5");
  expect(html.text).not.toMatch(/<script|<img/i);
  expect(html.text).toContain("&lt;script&gt;");

  const fhir = await exported(page, "export-fhir");
  expect(fhir.name).toMatch(/\.fhir\.json$/);
  const bundle = JSON.parse(fhir.text);
  validateFhir(bundle);
  const observations = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === "Observation");
  // A variant and its implication for each of the three, and the two HPO terms.
  expect(observations).toHaveLength(8);
  const hgvs = observations.flatMap((o) => o.component ?? []).filter((c) => c.code.coding[0].code === "48004-6");
  expect(hgvs.map((c) => c.valueCodeableConcept.coding[0].code).join(" ")).toMatch(/c\.\d+.*c\.\d+.*c\.\d+/);

  // The preview is the printable page, sandboxed: the hostile text stays text there too.
  await note.locator("summary").click();
  const preview = page.frameLocator("[data-testid=note-preview]");
  await expect(preview.locator("h1")).toHaveText("Genetic variant interpretation");
  await expect(preview.locator("main")).toContainText("<script>window.__pwned = 1</script>");
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
