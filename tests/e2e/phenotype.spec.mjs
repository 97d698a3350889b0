// The patient's phenotype as a clinician enters it: terms found by label,
// synonym or id, one marked not present, ids pasted; the view ranked by it
// (the rank column, sorted best first), a variant's match explained, a
// phenotype panel used in the funnel; the phenotype kept with the case
// across a reload and written to the note; a GA4GH Phenopacket in and out.
import { test, expect } from "./fixtures.mjs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TolkPage, exported, select, showPart, showView } from "./tolk-page.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SCN1A = "chr2:166003512:C:T";

/** Types `text` in the term search and adds the first hit (Shift: as not present). */
async function addTerm(page, text, { excluded = false, expect: id } = {}) {
  const search = page.getByTestId("hpo-search");
  await search.fill(text);
  await expect(page.locator(`#hpo-hits [data-term="${id}"]`)).toBeVisible();
  await search.press(excluded ? "Shift+Enter" : "Enter");
  await expect(page.locator(`[data-testid="hpo-terms"] [data-term="${id}"]`)).toHaveAttribute("data-excluded", String(excluded));
}

async function ready(page) {
  await expect(page.getByTestId("hpo-status")).toHaveAttribute("data-state", "ready", { timeout: 30_000 });
}

test("terms are entered, the view is ranked by them, and a variant's match is explained", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await page.getByTestId("hpo-load").click();
  await ready(page);
  // The release is shown with HPO's acknowledgement.
  await expect(page.getByTestId("hpo-status")).toHaveAttribute("data-release", "2025-01-16");
  await expect(page.getByTestId("hpo-status")).toContainText("Human Phenotype Ontology (release 2025-01-16)");
  // By label, with the definition on hover; by synonym; by id.
  await page.getByTestId("hpo-search").fill("seizure");
  const seizure = page.locator('#hpo-hits [data-term="HP:0001250"]');
  await expect(seizure).toHaveAttribute("title", /intermittent abnormality of nervous system physiology/);
  await page.getByTestId("hpo-search").press("Enter");
  await addTerm(page, "low muscle tone", { expect: "HP:0001252" });
  await addTerm(page, "HP:0001263", { expect: "HP:0001263" });
  await addTerm(page, "hearing impairment", { excluded: true, expect: "HP:0000365" });
  // Arrow keys choose among the hits.
  await page.getByTestId("hpo-search").fill("microceph");
  await expect(page.locator("#hpo-hits li").first()).toBeVisible();
  await page.getByTestId("hpo-search").press("ArrowDown");
  await expect(page.getByTestId("hpo-search")).toHaveAttribute("aria-activedescendant", "hpo-hit-0");
  await page.getByTestId("hpo-search").press("Escape");

  // Ranked: the rank column first, best first.
  await page.getByTestId("hpo-rank").click();
  await expect(page.getByTestId("col-phenotype_rank")).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByTestId("variant-grid")).not.toHaveAttribute("aria-busy", "true");
  // The sorted view's rows are asked for once it has come: poll until drawn.
  const ranks = () => page.getByTestId("grid-rank").evaluateAll((cells) => cells.map((c) => Number(c.dataset.rank)));
  await expect.poll(ranks).toEqual([...Array(13).keys()].map((i) => i + 1));

  // The de novo SCN1A missense: its best-matching disease (a dominant
  // developmental and epileptic encephalopathy) first, which the de novo
  // het fits, with the seizures matched.
  await page.locator(`[data-key="${SCN1A}"] td.gene`).click();
  await showPart(page, "phenotype");
  const match = page.getByTestId("phenotype-match");
  await expect(match).toHaveAttribute("data-state", "ready");
  const best = match.getByTestId("phenotype-disease").first();
  await expect(best).toHaveAttribute("data-disease", "OMIM:619317");
  await expect(best).toHaveAttribute("data-moi", "yes");
  await expect(best.locator('[data-testid="phenotype-matched"][data-term="HP:0001250"]')).toBeVisible();
  await expect(match).toContainText("context for PP4");
  await expect(match).toContainText("HPO release 2025-01-16");

  // The terms are the note's phenotype field, and the note says which is absent.
  await showView(page, "note");
  await expect(page.getByTestId("note-phenotype")).toHaveValue(
    "HP:0001250 Seizure\nHP:0001252 Hypotonia\nHP:0001263 Global developmental delay\nNOT HP:0000365 Hearing impairment",
  );
  const fhir = JSON.parse((await exported(page, "export-fhir")).text);
  const absent = fhir.entry
    .map((e) => e.resource)
    .find((r) => r.resourceType === "Observation" && r.code?.coding?.[0]?.code === "HP:0000365");
  expect(absent.valueCodeableConcept.coding[0].display).toBe("Absent");

  // A reload brings the phenotype back with the case, and the ranking with it.
  await page.reload();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await ready(page);
  await expect(page.locator('[data-testid="hpo-terms"] li')).toHaveCount(4);
  await expect(page.locator('[data-testid="hpo-terms"] [data-term="HP:0000365"]')).toHaveAttribute("data-excluded", "true");
});

test("pasted ids, a phenotype panel in the funnel, and a Phenopacket out and in", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await page.getByTestId("hpo-load").click();
  await ready(page);
  await page.getByTestId("phenotype-editor").locator("summary").click();
  // An obsolete or unknown id is named, the rest added.
  await page.getByTestId("hpo-paste").fill("HP:0001250, HP:0001263 HP:9999999");
  await page.getByTestId("hpo-paste-add").click();
  await expect(page.getByTestId("hpo-unknown")).toContainText("HP:9999999");
  await expect(page.locator('[data-testid="hpo-terms"] li')).toHaveCount(2);
  // Marked not present, then present again.
  const gdd = page.locator('[data-testid="hpo-terms"] [data-term="HP:0001263"]');
  await gdd.getByTestId("hpo-toggle").click();
  await expect(gdd).toHaveAttribute("data-excluded", "true");
  await gdd.getByTestId("hpo-toggle").click();
  await expect(gdd).toHaveAttribute("data-excluded", "false");

  // The genes the phenotype matches, as a panel in the funnel.
  await page.getByTestId("hpo-panel-min").fill("0.5");
  await page.getByTestId("hpo-panel-min").press("Tab");
  await page.getByTestId("hpo-panel-make").click();
  const preview = page.getByTestId("hpo-panel-preview");
  await expect(preview).toBeVisible();
  expect(Number(await preview.getAttribute("data-genes"))).toBeGreaterThan(50);
  await page.getByTestId("hpo-panel-use").click();
  await expect(page.locator(".panel-list")).toContainText("HPO phenotype match ≥ 0.50");
  await expect(page.getByTestId("funnel").locator('[data-step="panel"]').first()).toBeVisible();

  // Out as a Phenopacket v2, with the release.
  const out = JSON.parse((await exported(page, "phenopacket-export")).text);
  expect(out.phenotypicFeatures.map((f) => f.type.id)).toEqual(["HP:0001250", "HP:0001263"]);
  expect(out.metaData.phenopacketSchemaVersion).toBe("2.0");
  expect(out.metaData.resources.find((r) => r.id === "hp").version).toBe("2025-01-16");

  // In: a GA4GH example phenopacket adds its terms, its excluded ones as not present.
  await page.getByTestId("phenopacket-input").setInputFiles(join(root, "tests/data/phenopacket/phenopackets-v2-phenopacket.json"));
  const excluded = page.locator('[data-testid="hpo-terms"] li[data-excluded="true"]');
  await expect(excluded.first()).toBeVisible();
  // A v1 file is refused, saying why.
  await page.getByTestId("phenopacket-input").setInputFiles(join(root, "tests/data/phenopacket/phenopackets-v1-phenopacket.json"));
  await expect(page.getByTestId("phenotype-editor").getByRole("alert")).toContainText("version 1");
});
