// Issue 9, hostile content: a VCF crafted to attack the page (tests/e2e/
// hostile.mjs) is shown as text, runs nothing, and every export keeps its
// payloads exact where the format holds data (JSON, FHIR) and inert where it
// is read by people or programs (Markdown, HTML).
import { test, expect } from "./fixtures.mjs";
import { TolkPage, exported, showView, showPart } from "./tolk-page.mjs";
import { GENE, PAYLOADS, SAMPLES, writeHostileVcf } from "./hostile.mjs";
import { validateFhir, validateNote } from "../schema/validate.mjs";

const HOSTILE = "chr2:166003512:C:T";


/** Elements or attributes that a payload would have created, had it been parsed as markup. */
async function injected(frame) {
  return frame.evaluate(() => ({
    pwned: window.__tolkPwned ?? null,
    elements: [...document.querySelectorAll("img[src=x], script:not([src]), svg[onload], b[onmouseover]")].map(
      (e) => e.outerHTML.slice(0, 80),
    ),
    handlers: [...document.querySelectorAll("*")]
      .flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)),
    links: [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")).filter((h) => /^\s*javascript:/i.test(h)),
  }));
}

const NOTHING = { pwned: null, elements: [], handlers: [], links: [] };

test("a hostile VCF is shown as text, runs nothing, and its exports are inert", async ({ page }, info) => {
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  const path = info.outputPath("hostile.vcf");
  writeHostileVcf(path);
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(path);
  await tolk.expectReady({ records: 2, samples: 3 });

  // The sample names are there, as text.
  await expect(tolk.status).toContainText(SAMPLES[0]);
  await expect(tolk.status).toContainText(PAYLOADS.formula);
  // The warnings quote the file's text, as text.
  const warnings = page.getByTestId("warnings");
  await warnings.locator("summary").click();
  await expect(warnings).toContainText("svg_onload");
  const row = page.locator(`[data-key="${HOSTILE}"]`);
  await expect(row).toContainText(GENE);
  await row.hover();

  // The record in full: annotation fields, INFO and the 1 MB value.
  await row.click();
  const detail = page.getByTestId("variant-detail");
  await expect(detail).toHaveAttribute("data-state", "ready");
  await expect(detail.locator("tr.worst")).toContainText(`${PAYLOADS.img}:c.4547G>A`);
  await detail.locator(".info-fields summary").click();
  await expect(detail.locator(".info-fields")).toContainText(PAYLOADS.img);
  await expect(page.getByTestId("chart-lollipop")).toHaveAttribute("data-state", "ready");
  await expect(page.getByTestId("chart-lollipop")).toContainText(GENE);

  // The row with 100,000-character strings keeps the table usable: the cell
  // is clipped, not a page 100,000 characters wide.
  const long = page.locator('[data-key="chr20:63413452:G:A"]');
  await expect(long).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThan(4000);
  await long.click();
  await expect(detail).toHaveAttribute("data-state", "ready");
  await expect(detail).toContainText("A".repeat(200));

  // Classify the hostile variant and write the note with the proband's name as patient.
  await page.getByTestId("proband").selectOption({ index: 1 });
  await page.getByTestId("analyst").fill(PAYLOADS.markdown);
  await page.getByTestId("analyst").press("Enter");
  await row.click();
  await showPart(page, "classification");
  await expect(page.getByTestId("acmg-panel")).toHaveAttribute("data-variant", HOSTILE);
  await page.getByTestId("criterion-PP3").check();
  await page.getByTestId("criterion-PS2").check();
  await page.getByTestId("report-status").selectOption("report");
  await showPart(page, "comments");
  await page.getByTestId("variant-comment").fill(PAYLOADS.formula);
  await page.getByTestId("variant-comment").blur();
  await showView(page, "note");
  await page.getByTestId("note-conclusion").fill(`${PAYLOADS.script}\n${PAYLOADS.control}`);
  await page.getByTestId("note-conclusion").blur();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");

  expect(await injected(page)).toEqual(NOTHING);

  // JSON and FHIR hold data: the payloads come back exactly, as strings.
  const note = JSON.parse((await exported(page, "export-json")).text);
  validateNote(note);
  expect(note.patient.identifier).toBe(SAMPLES[0]);
  expect(note.findings[0].gene).toBe(GENE);
  // Reported on the MANE Select RefSeq the file names (here a payload too).
  expect(note.findings[0].refseq_transcript).toBe(PAYLOADS.control);
  expect(note.findings[0].hgvsc).toBe(`${PAYLOADS.control}:c.4547G>A`);
  expect(note.findings[0].hgvsp).toBe("p.(Arg1516Gln)");
  expect(note.conclusion).toBe(`${PAYLOADS.script}\n${PAYLOADS.control}`);
  const bundle = JSON.parse((await exported(page, "export-fhir")).text);
  validateFhir(bundle);
  expect(JSON.stringify(bundle)).toContain(JSON.stringify(GENE).slice(1, -1));

  // Markdown is read by people and converted by programs: no tag, link or
  // control character survives unescaped.
  const md = (await exported(page, "export-markdown")).text;
  expect(md).not.toMatch(/(^|[^\\])[<[]/m);
  expect(md).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
  expect(md).toContain("\\<script>");

  // HTML: the exported page, opened with JavaScript on and its own CSP
  // removed, still runs nothing: the escaping holds without the policy.
  const html = (await exported(page, "export-html")).text;
  expect(html).not.toMatch(/<(script|img|b )/i);
  expect(html).not.toContain("\u202E");
  const reader = await page.context().newPage();
  reader.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await reader.setContent(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ""));
  expect(await injected(reader)).toEqual(NOTHING);
  await expect(reader.locator("body")).toContainText(GENE);
  await reader.close();

  expect(await injected(page)).toEqual(NOTHING);
  expect(dialogs).toEqual([]);
});
