// Two pairs of eyes: Kari interprets and signs, Ola (another browser, his
// own key) reviews the exported session, disagrees and sends it back;
// Kari amends and signs again; Ola agrees and finalises; the note names
// both and says the signatures verify against the lab's roster. A session
// edited by hand after sign-off is refused as tampered.
import { test, expect } from "./fixtures.mjs";
import { readFile, writeFile } from "node:fs/promises";
import { TolkPage, exported, select, showView } from "./tolk-page.mjs";

const SCN1A = "chr2:166003512:C:T";

/** A browser of its own for `name`, with the demo case open and a signing key made. */
async function analystAt(browser, name) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await page.getByTestId("analyst").fill(name);
  await page.getByTestId("analyst").press("Enter");
  await showView(page, "review");
  await page.getByTestId("signing-key-name").fill(name);
  await page.getByTestId("signing-key-make").click();
  await expect(page.getByTestId("signing-key-mine")).toContainText(name);
  return { context, page };
}

/** The file `exported` from `page`'s button `testid`, written where `info` keeps outputs. */
async function saved(page, testid, info, name) {
  const { text } = await exported(page, testid);
  const path = info.outputPath(name);
  await writeFile(path, text);
  return { path, text };
}

async function importSession(page, path) {
  await page.getByTestId("session-import").setInputFiles(path);
  await expect(page.getByTestId("import-review")).toBeVisible();
  await expect(page.getByTestId("import-confirm")).toBeEnabled();
  await page.getByTestId("import-confirm").click();
  await expect(page.getByTestId("import-review")).toHaveCount(0);
}

async function round(page, which) {
  await expect(page.getByTestId("review-status")).toHaveAttribute("data-round", which);
}

test("two analysts in two browsers: signed, sent back, signed again, finalised, and the note says so", async ({ browser }, info) => {
  test.setTimeout(180_000);
  const kari = await analystAt(browser, "Kari Nordmann");
  const ola = await analystAt(browser, "Ola Nordmann");

  // The lab's roster: both key cards.
  const kariCard = await saved(kari.page, "signing-key-card", info, "kari.json");
  const olaCard = await saved(ola.page, "signing-key-card", info, "ola.json");
  await ola.page.getByTestId("roster-open").setInputFiles([kariCard.path, olaCard.path]);
  await expect(ola.page.getByTestId("roster-analyst")).toHaveCount(2);

  // Kari classifies and sends for review: the work is signed and closed.
  await showView(kari.page, "variants");
  await select(kari.page, SCN1A);
  await kari.page.getByTestId("criterion-PM2").check();
  await expect(kari.page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  await showView(kari.page, "review");
  await kari.page.getByTestId("review-send").click();
  await round(kari.page, "review");
  await expect(kari.page.getByTestId("review-interpreter")).toContainText("Kari Nordmann");
  await showView(kari.page, "variants");
  await select(kari.page, SCN1A);
  await expect(kari.page.getByTestId("criterion-PM2")).toBeDisabled();
  const sent = await saved(kari.page, "session-export", info, "sent.json");

  // Ola takes it in: the trail is intact, the round is review.
  await importSession(ola.page, sent.path);
  await round(ola.page, "review");
  await showView(ola.page, "variants");
  await select(ola.page, SCN1A);
  await ola.page.getByTestId("review-comment").fill("PM2 alone is not enough for a class: say which evidence you weighed");
  await ola.page.getByTestId("review-disagree").click();
  await expect(ola.page.getByTestId("review-verdict-said")).toHaveAttribute("data-verdict", "disagree");
  await expect(ola.page.locator(`[data-key="${SCN1A}"] [data-testid="grid-class"]`)).toHaveAttribute("data-review", "disagree");
  await showView(ola.page, "review");
  await expect(ola.page.getByTestId("review-finalise")).toBeDisabled();
  await ola.page.getByTestId("review-back-comment").fill("See SCN1A");
  await ola.page.getByTestId("review-send-back").click();
  await round(ola.page, "interpretation");
  const back = await saved(ola.page, "session-export", info, "back.json");

  // Kari sees why, amends, and sends again.
  await importSession(kari.page, back.path);
  await round(kari.page, "interpretation");
  await expect(kari.page.getByTestId("review-status")).toContainText("Ola Nordmann");
  await showView(kari.page, "variants");
  await select(kari.page, SCN1A);
  await expect(kari.page.getByTestId("review-verdict-said")).toContainText("PM2 alone is not enough");
  await kari.page.getByTestId("criterion-PS2").check();
  await expect(kari.page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  await showView(kari.page, "review");
  await kari.page.getByTestId("review-send").click();
  await round(kari.page, "review");
  const again = await saved(kari.page, "session-export", info, "again.json");

  // Ola agrees and finalises; the note names both, signatures valid and in the roster.
  await importSession(ola.page, again.path);
  await showView(ola.page, "variants");
  await select(ola.page, SCN1A);
  await ola.page.getByTestId("review-agree").click();
  await expect(ola.page.locator(`[data-key="${SCN1A}"] [data-testid="grid-class"]`)).toHaveAttribute("data-review", "agree");
  await showView(ola.page, "review");
  await ola.page.getByTestId("review-finalise").click();
  await round(ola.page, "finalised");
  await expect(ola.page.getByTestId("trail-check")).toHaveAttribute("data-state", "intact");
  await expect(ola.page.getByTestId("trail-signature")).toHaveCount(3);
  for (const s of await ola.page.getByTestId("trail-signature").all()) {
    await expect(s).toHaveAttribute("data-valid", "true");
    await expect(s).toHaveAttribute("data-listed", "true");
  }
  const { text: noteJson } = await exported(ola.page, "export-json");
  const note = JSON.parse(noteJson);
  expect(note.sign_off.round).toBe("finalised");
  expect(note.sign_off.interpreted_by).toMatchObject({ name: "Kari Nordmann", signature: "valid", roster: "listed" });
  expect(note.sign_off.reviewed_by).toMatchObject({ name: "Ola Nordmann", signature: "valid", roster: "listed" });
  expect(note.sign_off.trail.chain).toBe("intact");
  expect(note.sign_off.verified).toBe(true);
  const bundle = JSON.parse((await exported(ola.page, "export-fhir")).text);
  const report = bundle.entry[0].resource;
  expect(report.resultsInterpreter.map((r) => r.display)).toEqual(["Kari Nordmann", "Ola Nordmann"]);
  const provenance = bundle.entry.find((e) => e.resource.resourceType === "Provenance").resource;
  expect(provenance.signature.map((s) => s.who.display)).toEqual(["Kari Nordmann", "Ola Nordmann"]);
  // Signed off, but the note itself is still missing parts (no conclusion):
  // the report stays preliminary until both are done.
  expect(note.incomplete.length).toBeGreaterThan(0);
  expect(report.status).toBe("preliminary");
  const finalised = await saved(ola.page, "session-export", info, "finalised.json");

  // Back with Kari: finalised, closed.
  await importSession(kari.page, finalised.path);
  await round(kari.page, "finalised");

  // Edited by hand after sign-off: refused, saying where.
  const session = JSON.parse(finalised.text);
  session.variants[SCN1A].override_class = { class: "benign", reason: "" };
  const forged = info.outputPath("forged.json");
  await writeFile(forged, JSON.stringify(session, null, 2));
  await kari.page.getByTestId("session-import").setInputFiles(forged);
  const refused = kari.page.getByTestId("session-notice");
  await expect(refused).toContainText("audit trail is broken at entry");
  await expect(refused).toContainText("changed after this entry without being recorded");
  await expect(kari.page.getByTestId("import-review")).toHaveCount(0);
  // Its trail removed: refused too, over a case that has one.
  const { trail, ...bare } = JSON.parse(finalised.text);
  const trailless = info.outputPath("trailless.json");
  await writeFile(trailless, JSON.stringify(bare, null, 2));
  await kari.page.getByTestId("session-import").setInputFiles(trailless);
  await expect(refused).toContainText("has no audit trail, and this case has one");
  await expect(kari.page.getByTestId("import-review")).toHaveCount(0);
  await round(kari.page, "finalised");

  await kari.context.close();
  await ola.context.close();
});

test("an analyst cannot finalise their own work unless the lab's roster allows it for training", async ({ page }, info) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await page.getByTestId("analyst").fill("Kari Nordmann");
  await page.getByTestId("analyst").press("Enter");
  await showView(page, "review");
  // Unsigned, nothing can be sent.
  await expect(page.getByTestId("review-send")).toBeDisabled();
  await page.getByTestId("signing-key-name").fill("Kari Nordmann");
  await page.getByTestId("signing-key-make").click();
  await showView(page, "variants");
  await select(page, SCN1A);
  await page.getByTestId("criterion-PM2").check();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  await showView(page, "review");
  await page.getByTestId("review-send").click();
  await round(page, "review");
  await showView(page, "variants");
  await select(page, SCN1A);
  await page.getByTestId("review-agree").click();
  await showView(page, "review");
  await expect(page.getByTestId("review-finalise")).toBeDisabled();
  await expect(page.getByTestId("review-finalise-blocked")).toContainText("another analyst must review it");
  // The setting is the lab's roster's: none kept, none to set.
  await expect(page.getByTestId("lab-self-review")).toBeDisabled();
  const card = await saved(page, "signing-key-card", info, "kari.json");
  await page.getByTestId("roster-open").setInputFiles(card.path);
  await page.getByTestId("lab-self-review").check();
  await page.getByTestId("review-finalise").click();
  await round(page, "finalised");
  await expect(page.getByTestId("trail-entry").first()).toHaveAttribute("data-kind", "finalised");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  // Stored: another tab of this browser reads it back, finalised.
  const other = await page.context().newPage();
  const again = new TolkPage(other);
  await again.goto();
  await again.openDemo();
  await again.expectReady({ records: 16 });
  await round(other, "finalised");
  // The note says so, and that the lab's roster allows it.
  await showView(other, "note");
  const note = JSON.parse((await exported(other, "export-json")).text);
  expect(note.sign_off).toMatchObject({ round: "finalised", self_review: true });
  expect(note.sign_off.reviewed_by).toMatchObject({ name: "Kari Nordmann", signature: "valid", roster: "listed" });
});
