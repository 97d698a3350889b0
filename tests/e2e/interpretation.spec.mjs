// A clinician classifies variants of the demo case: weighs Tolk's
// suggestions and their evidence, applies criteria by hand, sets what goes
// in the report; the work survives a reload, and a session file carries it
// to another browser exactly.
import { test, expect } from "./fixtures.mjs";
import { readFile, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { TolkPage, select, showView } from "./tolk-page.mjs";

const SCN1A = "chr2:166003512:C:T";
const DEPDC5 = "chr22:31808245:C:T";


async function openDemo(page, { family = true } = {}) {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  if (family) await tolk.useDemoFamily();
  return tolk;
}

const classification = (page) => page.getByTestId("classification");
const saved = (page) => expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");

test("suggestions show their evidence and apply only when accepted; the work survives a reload", async ({ page }) => {
  await openDemo(page);
  await page.getByTestId("analyst").fill("Kari Nordmann");
  await page.getByTestId("analyst").press("Enter");
  await select(page, SCN1A);

  const pp3 = page.getByTestId("suggestion-PP3");
  await expect(pp3).toContainText("PP3 at strong strength");
  await expect(pp3.locator("table.evidence")).toContainText("REVEL");
  await expect(pp3.locator("table.evidence")).toContainText("0.942");
  await expect(pp3.locator("table.evidence")).toContainText(">= 0.932");
  await expect(page.getByTestId("suggestion-PM6")).toContainText("PS2");
  // Suggested is not applied.
  await expect(page.getByTestId("criterion-PP3")).not.toBeChecked();
  await expect(classification(page)).toHaveAttribute("data-points", "0");

  await page.getByTestId("suggestion-accept-PP3").click();
  await page.getByTestId("suggestion-accept-PM2").click();
  await page.getByTestId("suggestion-change-PM6").selectOption("Strong");
  await expect(page.getByTestId("criterion-PP3")).toBeChecked();
  await expect(page.getByTestId("criterion-PP3")).toHaveAttribute("data-strength", "Strong");
  await expect(page.getByTestId("criterion-PM2")).toHaveAttribute("data-strength", "Supporting");
  await expect(page.getByTestId("criterion-PM6")).toHaveAttribute("data-strength", "Strong");
  // PM6 raised from the suggested supporting by hand: a reason is asked for.
  await expect(page.getByTestId("criterion-needs-reason-PM6")).toBeVisible();
  await expect(page.getByTestId("criterion-needs-reason-PP3")).toHaveCount(0);
  // 4 + 1 + 4 = 9 points: likely pathogenic; 2015: 2 PS -> pathogenic, and the disagreement is said.
  await expect(classification(page)).toHaveAttribute("data-points", "9");
  await expect(classification(page)).toHaveAttribute("data-class", "likely_pathogenic");
  await expect(classification(page)).toHaveAttribute("data-class-2015", "pathogenic");
  await expect(page.getByTestId("classification-disagree")).toBeVisible();

  // A criterion by hand, with a comment.
  await page.getByTestId("criterion-PP4").check();
  await page.getByTestId("criterion-comment-PP4").fill("Dravet phenotype, onset 6 months");
  await page.getByTestId("criterion-comment-PP4").press("Enter");
  await expect(classification(page)).toHaveAttribute("data-points", "10");
  await expect(classification(page)).toHaveAttribute("data-class", "pathogenic");
  await page.getByTestId("report-status").selectOption("report");
  await expect(page.getByTestId("variant-updated")).toContainText("Kari Nordmann");
  await saved(page);

  // Reload and reopen the same file: the work is back.
  await page.reload();
  const tolk = new TolkPage(page);
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await expect(page.getByTestId("restored-work")).toContainText("1 variant(s)");
  await select(page, SCN1A);
  await expect(classification(page)).toHaveAttribute("data-points", "10");
  await expect(page.getByTestId("criterion-PP4")).toBeChecked();
  await expect(page.getByTestId("criterion-comment-PP4")).toHaveValue("Dravet phenotype, onset 6 months");
  await expect(page.getByTestId("criterion-PM6")).toHaveAttribute("data-strength", "Strong");
  await expect(page.getByTestId("report-status")).toHaveValue("report");
  await expect(page.getByTestId("suggestion-PP3")).toHaveAttribute("data-state", "accepted");
});

test("a session exported, taken to a browser with empty storage and imported is identical", async ({ page, browser }, info) => {
  await openDemo(page);
  await select(page, DEPDC5);
  await page.getByTestId("suggestion-accept-PVS1").click();
  await page.getByTestId("criterion-PM2").check();
  await page.getByTestId("criterion-strength-PM2").selectOption("Supporting");
  await page.getByTestId("final-class").selectOption("pathogenic");
  await page.getByTestId("override-reason").fill("Same variant in two affected sibs <b>&amp; \"quoted\"");
  await page.getByTestId("override-reason").blur();
  await expect(classification(page)).toHaveAttribute("data-class", "pathogenic");
  await expect(classification(page)).toHaveAttribute("data-points", "9");
  // The gene's lollipop joins the work's facts when it arrives (after the record).
  await expect(page.getByTestId("chart-lollipop")).toHaveAttribute("data-state", "ready");
  await saved(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("session-export").click()]);
  expect(download.suggestedFilename()).toBe("tolk-demo-trio.tolk-session.json");
  const exported = await readFile(await download.path(), "utf8");
  expect(JSON.parse(exported).variants[DEPDC5].override_class.class).toBe("pathogenic");
  expect(JSON.parse(exported).variants[DEPDC5].facts.lollipop.gene).toBe("DEPDC5");
  // The session is tied to the file's bytes: the worker's SHA-256 is the file's.
  const demo = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../public/demo/tolk-demo-trio.vcf");
  const sha256 = createHash("sha256").update(await readFile(demo)).digest("hex");
  expect(JSON.parse(exported).file).toMatchObject({ name: "tolk-demo-trio.vcf", sha256 });

  // Another browser profile: nothing stored.
  const context = await browser.newContext();
  const other = await context.newPage();
  await openDemo(other, { family: false });
  await expect(other.getByTestId("restored-work")).toHaveCount(0);
  const sessionFile = info.outputPath("session.json");
  await writeFile(sessionFile, exported);
  await other.getByTestId("session-import").setInputFiles(sessionFile);
  // Shown before it is taken in: the work it adds.
  await expect(other.getByTestId("import-review-added")).toContainText(DEPDC5);
  await other.getByTestId("import-confirm").click();
  await expect(other.getByTestId("session-notice")).toContainText("work on 1 variants imported");
  await select(other, DEPDC5);
  await expect(classification(other)).toHaveAttribute("data-class", "pathogenic");
  await expect(other.getByTestId("override-reason")).toHaveValue("Same variant in two affected sibs <b>&amp; \"quoted\"");
  await expect(other.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  const [again] = await Promise.all([other.waitForEvent("download"), other.getByTestId("session-export").click()]);
  // The same work, now marked as imported and counted in this browser's saves.
  const reexported = JSON.parse(await readFile(await again.path(), "utf8"));
  expect(reexported.imported.file_name).toBe("session.json");
  // Its trail has one entry more: who took it in, from which file.
  const { imported, revision, trail, ...work } = reexported;
  const { revision: _, trail: before, ...original } = JSON.parse(exported);
  expect(work).toEqual(original);
  expect(trail.slice(0, -1)).toEqual(before);
  expect(trail.at(-1).action).toEqual({ kind: "imported", file_name: "session.json" });

  // A session for other bytes is refused, by name.
  const foreign = JSON.parse(exported);
  foreign.file.sha256 = "0".repeat(64);
  foreign.file.name = "someone-else.vcf.gz";
  await writeFile(sessionFile, JSON.stringify(foreign));
  await other.getByTestId("session-import").setInputFiles(sessionFile);
  await expect(other.getByTestId("session-notice")).toContainText("belongs to another file (someone-else.vcf.gz");
  await context.close();
});

test("frequency thresholds are the clinician's to set, and suggestions follow them", async ({ page }) => {
  await openDemo(page, { family: false });
  // KCNQ2 p.Arg594Trp: highest AF 0.0002, above PM2's default 0.0001.
  await select(page, "chr20:63413452:G:A");
  await expect(page.getByTestId("suggestion-PM2")).toHaveCount(0);
  await page.locator(".thresholds summary").click();
  await page.getByTestId("threshold-pm2").fill("0.001");
  await page.getByTestId("threshold-pm2").press("Enter");
  await expect(page.getByTestId("suggestion-PM2").locator("table.evidence")).toContainText("at most 0.001");
  await saved(page);
});

test("a variant selected before the family is set is read again with it: the de novo evidence comes", async ({ page }) => {
  const tolk = await openDemo(page, { family: false });
  await select(page, SCN1A);
  // Without parents nothing proves de novo.
  await expect(page.getByTestId("suggestion-PP3")).toBeVisible();
  await expect(page.getByTestId("suggestion-PM6")).toHaveCount(0);
  await tolk.useDemoFamily();
  await expect(page.getByTestId("acmg-panel")).toHaveAttribute("data-variant", SCN1A);
  await expect(page.getByTestId("suggestion-PM6")).toContainText("supporting");
});

test("a page that crashes mid-session loses nothing classified, nor text being typed", async ({ page, context }) => {
  await openDemo(page);
  await page.getByTestId("analyst").fill("Kari Nordmann");
  await page.getByTestId("analyst").press("Enter");
  await select(page, SCN1A);
  await page.getByTestId("suggestion-accept-PP3").click();
  await page.getByTestId("criterion-PM2").check();
  await page.getByTestId("report-status").selectOption("report");
  await select(page, DEPDC5);
  await page.getByTestId("suggestion-accept-PVS1").click();
  await saved(page);
  // Text being written, its field never left: saved once typing pauses.
  await page.getByTestId("criterion-comment-PVS1").pressSequentially("NMD predicted");
  await showView(page, "note");
  await page.getByTestId("note-conclusion").pressSequentially("Two finding");
  await expect(page.getByTestId("note-incomplete")).not.toContainText("No conclusion is written");
  await saved(page);
  // One more key after a save: until typing pauses again the status must
  // not keep the "saved" of the text before it.
  await page.getByTestId("note-conclusion").press("s");
  await saved(page);
  await expect(page.getByTestId("note-conclusion")).toBeFocused();

  // The renderer dies at once: no unload, no beforeunload, no last save.
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent("crash");
  cdp.send("Page.crash").catch(() => {});
  await crashed;

  const after = await context.newPage();
  await openDemo(after, { family: false });
  await expect(after.getByTestId("restored-work")).toContainText("2 variant(s)");
  await select(after, SCN1A);
  await expect(after.getByTestId("criterion-PP3")).toBeChecked();
  await expect(after.getByTestId("criterion-PM2")).toBeChecked();
  await expect(after.getByTestId("report-status")).toHaveValue("report");
  await select(after, DEPDC5);
  await expect(after.getByTestId("criterion-PVS1")).toBeChecked();
  await expect(after.getByTestId("suggestion-PVS1")).toHaveAttribute("data-state", "accepted");
  await expect(after.getByTestId("criterion-comment-PVS1")).toHaveValue("NMD predicted");
  await expect(after.getByTestId("note-conclusion")).toHaveValue("Two findings");
});
