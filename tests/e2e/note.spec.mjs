// A clinician writes the interpretation note of the demo case: classifies
// two variants for the report and one VUS, writes the referral, phenotype
// and conclusion (one of them hostile), and downloads the note in each
// format. Each file holds the variants; the FHIR Bundle is valid FHIR R4;
// nothing the analyst typed turns into markup or script.
import { test, expect } from "./fixtures.mjs";
import { writeFile } from "node:fs/promises";
import { TolkPage, exported, select } from "./tolk-page.mjs";
import { validateFhir, validateNote } from "../schema/validate.mjs";

const SCN1A = "chr2:166003512:C:T";
const DEPDC5 = "chr22:31808245:C:T";
const KCNQ2 = "chr20:63413452:G:A";
const HOSTILE = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> [click](javascript:alert(1)) | =HYPERLINK("http://evil")`;


async function fill(page, testid, text) {
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
  await page.getByTestId("suggestion-change-PM6").selectOption("Strong");
  await page.getByTestId("criterion-PP4").check();
  await fill(page, "criterion-comment-PP4", "Dravet phenotype, onset 6 months");
  await page.getByTestId("report-status").selectOption("report");

  await select(page, DEPDC5);
  await page.getByTestId("suggestion-accept-PVS1").click();
  await page.getByTestId("criterion-PM2").check();
  await page.getByTestId("criterion-strength-PM2").selectOption("Supporting");
  await page.getByTestId("report-status").selectOption("report");

  await select(page, KCNQ2);
  await page.getByTestId("criterion-PP3").check();
  await fill(page, "variant-comment", HOSTILE);
  await page.getByTestId("report-status").selectOption("vus_list");

  const note = page.getByTestId("note-panel");
  await expect(note.getByTestId("note-incomplete")).toContainText("No conclusion is written");
  await fill(page, "note-patient", "Pseudonym P-0042");
  await fill(page, "note-referral", "Infantile epileptic encephalopathy; trio exome.");
  await fill(page, "note-phenotype", "HP:0001250 Seizure\nHP:0001263 Global developmental delay");
  await fill(
    page,
    "note-conclusion",
    "A de novo pathogenic SCN1A variant explains the phenotype (Dravet syndrome).\nThe DEPDC5 variant is reported as a second finding; the KCNQ2 VUS is listed for review.",
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
  expect(model.findings[0]).toMatchObject({ class: "pathogenic", points: 10, zygosity: "het" });
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
  // Figures: the funnel, and the gene of each of the three variants.
  expect(html.text.match(/<figure>/g)).toHaveLength(4);
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
  expect(observations).toHaveLength(6);
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
