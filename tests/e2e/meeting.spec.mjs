// The shared screen of a team meeting: the variants marked for discussion
// presented one per screen and driven from the keyboard alone, the
// shortcut list, and pseudonymise: with it on, no sample name, file name
// or date of the open file is on the page or in anything exported.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { TolkPage, exported, select, seriousViolations, showPart, showView } from "./tolk-page.mjs";

const SCN1A = "chr2:166003512:C:T";
const KCNQ2 = "chr20:63413452:G:A";
const DEPDC5 = "chr22:31808245:C:T";

async function mark(page, key) {
  await select(page, key);
  await page.getByTestId("discuss").check();
}

test("presentation mode shows the marked variants one per screen and moves with the keyboard", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await select(page, SCN1A);
  await expect(page.getByTestId("chart-lollipop")).toHaveAttribute("data-state", "ready");
  await page.getByTestId("suggestion-accept-PM2").click();
  await page.getByTestId("discuss").check();
  await mark(page, DEPDC5);
  await page.getByTestId("suggestion-accept-PVS1").click();
  await mark(page, KCNQ2);
  await expect(page.getByTestId("presentation-toggle")).toContainText("3");

  // A "p" typed into a comment is text, not a shortcut.
  await showPart(page, "comments");
  await page.getByTestId("variant-comment").fill("p");
  await page.getByTestId("variant-comment").press("p");
  await expect(page.getByTestId("presentation")).toHaveCount(0);

  await page.getByTestId("variant-comment").blur();
  await page.keyboard.press("p");
  const show = page.getByTestId("presentation");
  const slide = page.getByTestId("presentation-slide");
  await expect(show).toBeVisible();
  await expect(show).toHaveAttribute("data-total", "3");
  // Genome order: chr2, chr20, chr22.
  await expect(slide).toHaveAttribute("data-key", SCN1A);
  await expect(page.getByTestId("presentation-position")).toHaveText("Variant 1 of 3");
  await expect(slide).toContainText("PM2_Supporting");
  await expect(slide.locator(".slide-gene svg")).toHaveCount(1);
  expect(await page.evaluate(() => document.querySelector("[data-testid=presentation]").contains(document.activeElement))).toBe(true);
  await expect(page.locator("main")).toHaveAttribute("inert", "");

  await page.keyboard.press("ArrowRight");
  await expect(slide).toHaveAttribute("data-key", KCNQ2);
  await page.keyboard.press("PageDown");
  await expect(slide).toHaveAttribute("data-key", DEPDC5);
  await expect(slide).toContainText("PVS1");
  await page.keyboard.press("ArrowRight");
  await expect(show).toHaveAttribute("data-position", "3");
  await page.keyboard.press("ArrowLeft");
  await expect(slide).toHaveAttribute("data-key", KCNQ2);
  await page.keyboard.press("Home");
  await expect(slide).toHaveAttribute("data-key", SCN1A);
  await page.keyboard.press("End");
  await expect(slide).toHaveAttribute("data-key", DEPDC5);
  await expect(page.getByTestId("presentation-next")).toBeDisabled();
  await page.getByTestId("presentation-previous").click();
  await expect(slide).toHaveAttribute("data-key", KCNQ2);
  await expect(page.getByTestId("presentation-next")).toHaveText(/^→\s*Next variant$/);
  await page.getByTestId("presentation-next").click();
  await expect(slide).toHaveAttribute("data-key", DEPDC5);
  expect(await seriousViolations(page), "presentation mode").toEqual([]);

  await page.keyboard.press("Escape");
  await expect(show).toHaveCount(0);
  await expect(page.getByTestId("presentation-toggle")).toBeFocused();
  await expect(page.locator("main")).not.toHaveAttribute("inert", "");

  // Enter on the focused button presents again; the list of shortcuts opens with "?".
  await page.keyboard.press("Enter");
  await expect(show).toBeVisible();
  await page.keyboard.press("Escape");
  await page.keyboard.press("?");
  await expect(page.getByTestId("shortcuts")).toBeVisible();
  await expect(page.getByTestId("shortcuts")).toContainText("Present the variants marked for discussion");
  expect(await seriousViolations(page), "the shortcut list").toEqual([]);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("shortcuts")).toHaveCount(0);
});

test("with no variant marked, presentation mode says how to mark one", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await page.getByTestId("presentation-toggle").click();
  await expect(page.getByTestId("presentation")).toContainText("No variant is marked for discussion");
  await page.getByTestId("presentation-close").click();
  await expect(page.getByTestId("presentation")).toHaveCount(0);
});

// The demo trio under a patient's name: identifying sample names and file name.
const SAMPLES = ["Ola_Nordmann_010185", "Kari_Nordmann_MOR", "Per_Nordmann_FAR"];
const FILE = "Nordmann-Ola-trio.vcf";
const IDENTIFIERS = [...SAMPLES, "Nordmann-Ola-trio", "Ola Nordmann"];

function identifyingVcf() {
  const demo = readFileSync(new URL("../../public/demo/tolk-demo-trio.vcf", import.meta.url), "utf8");
  return demo.replace("PROBAND\tMOTHER\tFATHER", SAMPLES.join("\t"));
}

/** Everything a person can read on the page: text, field values, and the attributes read aloud or shown. */
async function pageWords(page) {
  return page.evaluate(() => {
    const parts = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll("*")) {
      for (const name of ["title", "aria-label", "placeholder", "alt"]) {
        if (el.hasAttribute(name)) parts.push(el.getAttribute(name));
      }
      if ("value" in el && typeof el.value === "string" && el.type !== "file") parts.push(el.value);
    }
    for (const frame of document.querySelectorAll("iframe")) parts.push(frame.srcdoc ?? "");
    return parts.join("\n");
  });
}

function expectNone(text, what, today) {
  for (const id of [...IDENTIFIERS, today]) expect(text, `${what} shows ${id}`).not.toContain(id);
}

test("pseudonymise hides sample names, the file name and dates on screen and in every export", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.fileInput.setInputFiles({ name: FILE, mimeType: "text/plain", buffer: Buffer.from(identifyingVcf()) });
  await tolk.expectReady({ records: 16, samples: 3 });
  await page.getByTestId("proband").selectOption({ label: SAMPLES[0] });
  await page.getByTestId("analyst").fill("Kari Lege");
  await page.getByTestId("analyst").press("Enter");
  await select(page, SCN1A);
  await page.getByTestId("suggestion-accept-PM2").click();
  await page.getByTestId("discuss").check();
  await page.getByTestId("report-status").selectOption("report");
  await showPart(page, "comments");
  await page.getByTestId("variant-comment").fill(`De novo: absent in ${SAMPLES[1]} and ${SAMPLES[2]}.`);
  await showView(page, "note");
  await page.getByTestId("note-patient").fill("Ola Nordmann");
  await page.getByTestId("note-conclusion").fill(`${SAMPLES[0]} carries a de novo SCN1A variant.`);
  await page.getByTestId("note-conclusion").blur();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  const today = new Date().toISOString().slice(0, 10);

  // Off: the names are there, so the checks below can see them.
  const before = await pageWords(page);
  for (const id of [SAMPLES[0], SAMPLES[1], FILE]) expect(before).toContain(id);
  expect(before).toContain(today);

  await page.getByTestId("pseudonymise-toggle").check();
  await expect(page.getByTestId("pseudonymised")).toBeVisible();
  await page.locator("details.note-preview summary").click();
  await expect(page.getByTestId("note-preview")).toBeVisible();
  expectNone(await pageWords(page), "the page", today);
  expect(await pageWords(page)).toContain("Sample 1");
  await page.keyboard.press("p");
  await expect(page.getByTestId("presentation-slide")).toBeVisible();
  expectNone(await pageWords(page), "presentation mode", today);
  await page.keyboard.press("Escape");

  const files = {};
  for (const testid of ["export-markdown", "export-html", "export-json", "export-fhir", "session-export"]) {
    const file = await exported(page, testid);
    expectNone(file.name, `${testid}'s file name`, today);
    expectNone(file.text, testid, today);
    expect(file.text, testid).toContain("Sample 1");
    files[testid] = file;
  }
  expect(JSON.parse(files["export-json"].text).pseudonymised).toBe(true);
  // A pseudonymised session can make a note but never restore work: taken
  // back in, it would put "Sample 1" where the file names the patient.
  const session = files["session-export"];
  await page.getByTestId("session-import").setInputFiles({ name: session.name, mimeType: "application/json", buffer: Buffer.from(session.text) });
  await expect(page.getByTestId("session-notice")).toContainText("exported while pseudonymising");
  await expect(page.getByTestId("variant-comment")).toHaveValue(/Sample 2 and Sample 3/);

  // Remembered over a reload, as a room must not see the names come back.
  await page.reload();
  await expect(page.getByTestId("pseudonymise-toggle")).toBeChecked();
  // The key switches it off, and the names return.
  await page.keyboard.press("n");
  await expect(page.getByTestId("pseudonymise-toggle")).not.toBeChecked();
});

test("the meeting room: at 1280x720 one variant, its gene, the case and the family fit the screen, and the team's decision is recorded into the note", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await showView(page, "note");
  await page.getByTestId("note-referral").fill("Girl, 4 years. Febrile seizures from 6 months, then myoclonic seizures.");
  await page.getByTestId("note-phenotype").fill("HP:0002373 Febrile seizure\nHP:0002123 Generalized myoclonic seizure");
  await showView(page, "variants");
  await select(page, SCN1A);
  await expect(page.getByTestId("chart-lollipop")).toHaveAttribute("data-state", "ready");
  await page.getByTestId("suggestion-accept-PM2").click();
  await page.getByTestId("discuss").check();
  await page.keyboard.press("p");
  const show = page.getByTestId("presentation");
  await expect(show).toBeVisible();
  await expect(page.getByTestId("presentation-case")).toContainText("Febrile seizures from 6 months");
  await expect(page.getByTestId("presentation-phenotype")).toContainText("HP:0002373 Febrile seizure");
  await expect(page.getByTestId("presentation-pedigree").locator("svg")).toHaveCount(1);
  await expect(page.getByTestId("presentation-slide").locator(".slide-gene svg")).toHaveCount(1);
  // The whole slide is on the screen: nothing to scroll on the projector.
  expect(await show.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  if (process.env.TOLK_WRITE_EXAMPLE) await page.screenshot({ path: "docs/screenshots/meeting-room.png" });

  // The decision: recording it keeps it with the work, and the note gives
  // it, saying where the team differs.
  const decision = page.getByTestId("meeting-decision");
  await decision.getByTestId("meeting-class").selectOption("likely_pathogenic");
  await decision.getByTestId("meeting-action").fill("Segregation in the affected aunt");
  // Leaving the presentation before recording loses nothing typed.
  await decision.getByTestId("meeting-action").press("Escape");
  await expect(show).toHaveCount(0);
  await page.keyboard.press("p");
  await expect(decision.getByTestId("meeting-action")).toHaveValue("Segregation in the affected aunt");
  await expect(decision.getByTestId("meeting-class")).toHaveValue("likely_pathogenic");
  // Those present are this presentation's: asked again.
  await expect(decision.getByTestId("meeting-present")).toHaveValue("");
  await decision.getByTestId("meeting-present").fill("Clinical geneticist, Lab scientist, Neurologist");
  await decision.getByTestId("meeting-record").click();
  await expect(decision.getByTestId("meeting-recorded")).toContainText("agreed class Likely pathogenic");
  await expect(decision.getByTestId("meeting-recorded")).toContainText("present: Clinical geneticist, Lab scientist, Neurologist");
  await expect(decision.getByTestId("meeting-differs")).toContainText("The team meeting agreed on Likely pathogenic");
  expect(await seriousViolations(page), "the meeting room").toEqual([]);
  await page.keyboard.press("Escape");

  const { text } = await exported(page, "export-markdown");
  expect(text).toContain("Segregation in the affected aunt");
  expect(text).toContain("The team meeting agreed on Likely pathogenic");
  // It survives a reload, as the rest of the work does.
  await page.reload();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await page.keyboard.press("p");
  await expect(page.getByTestId("meeting-recorded")).toContainText("Segregation in the affected aunt");
});
