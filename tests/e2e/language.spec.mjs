// English and Norwegian Bokmål: the language switch re-renders the page in
// place, is remembered across a reload, sets <html lang>, and the note can
// be exported in either language whatever the screen shows.
//
// "No English left" is checked against the translation tables themselves
// (crates/tolk-core/locales): every English message whose text differs from
// its Norwegian one must not appear on the Norwegian page.
//
// The engine's own words (suggestions and their evidence, counting notes,
// the funnel, the parser's warnings and errors, the charts) are phrases
// worded on the page, so they are held to the same check.
import { test, expect } from "./fixtures.mjs";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { TolkPage, select, exported, seriousViolations, showView } from "./tolk-page.mjs";

const LOCALES = new URL("../../crates/tolk-core/locales/", import.meta.url).pathname;

/** key -> literal pieces of the message (the text between placeables). */
function table(lang) {
  const out = new Map();
  const dir = join(LOCALES, lang);
  for (const file of readdirSync(dir)) {
    let key = null;
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
      const head = line.match(/^([a-z0-9-]+) =(.*)$/);
      if (head) {
        key = head[1];
        out.set(key, head[2]);
      } else if (key && line.startsWith(" ")) {
        out.set(key, out.get(key) + "\n" + line);
      } else {
        key = null;
      }
    }
  }
  const pieces = new Map();
  for (const [key, text] of out) {
    const literal = text
      .replace(/\{[^{}]*\}/g, "\u0000") // simple placeables
      .replace(/^\s*\[[^\]]*\]/gm, "\u0000") // select variants' keys
      .split(/[\u0000\n{}]/)
      .map((s) => s.replace(/^\s*\*?/, "").trim())
      .filter((s) => /[A-Za-z]{3}/.test(s));
    pieces.set(key, literal);
  }
  return pieces;
}

/** English pieces that Norwegian does not also use. */
function englishOnly() {
  const en = table("en");
  const nb = table("nb");
  const nbPieces = new Set([...nb.values()].flat());
  const out = new Set();
  for (const pieces of en.values()) {
    for (const piece of pieces) {
      if (!nbPieces.has(piece)) out.add(piece);
    }
  }
  return [...out];
}

/** Every text node and user-facing attribute of the page: the engine's
 * words (suggestions, counting notes, funnel, warnings, charts) included,
 * and the explanations, open or not. */
async function pageTexts(page) {
  return page.evaluate(() => {
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement.closest("script, style")) continue;
      const text = n.textContent.trim();
      if (text) texts.push(text);
    }
    for (const el of document.querySelectorAll("[title], [aria-label], [placeholder]")) {
      for (const name of ["title", "aria-label", "placeholder"]) {
        const value = el.getAttribute(name);
        if (value && value.trim()) texts.push(value.trim());
      }
    }
    return texts;
  });
}

/** Whether `piece` is in `text` and not just the start of a longer word
 * ("Pseudonymise" in Norwegian "Pseudonymiser"). */
function contains(text, piece) {
  for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
    if (!/\p{L}/u.test(text[at + piece.length] ?? "")) return true;
  }
  return false;
}

/** English pieces found: long ones anywhere, short ones as a whole text. */
function english(texts, pieces) {
  const found = [];
  for (const piece of pieces) {
    const hit = piece.length >= 12 ? texts.some((t) => contains(t, piece)) : texts.some((t) => t === piece);
    if (hit) found.push(piece);
  }
  return found;
}

test("in Norwegian no English message is left on screen, and the choice is remembered", async ({ page }) => {
  const pieces = englishOnly();
  expect(pieces.length).toBeGreaterThan(200);
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await select(page, "chr2:166003512:C:T");
  await expect(page.getByTestId("chart-lollipop")).toHaveAttribute("data-state", "ready");
  await page.getByTestId("suggestion-accept-PM2").click();
  await page.getByTestId("analyst").fill("Kari Nordmann");
  await page.getByTestId("analyst").press("Tab");

  // The English page does show English pieces: the check can see them.
  const before = english(await pageTexts(page), pieces);
  expect(before.length).toBeGreaterThan(50);

  await page.getByTestId("language-select").selectOption("nb");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByTestId("variant-count")).toContainText("i visningen");
  // Nothing open was lost by switching: the same variant, the same decision.
  await expect(page.getByTestId("acmg-panel")).toHaveAttribute("data-variant", "chr2:166003512:C:T");
  await expect(page.getByTestId("suggestion-PM2")).toHaveAttribute("data-state", "accepted");
  await expect(page.getByTestId("classification")).toContainText("Klassifisering");
  expect(english(await pageTexts(page), pieces)).toEqual([]);

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByTestId("language-select")).toHaveValue("nb");
  await expect(page.getByTestId("demo-case")).toHaveText("Åpne demokasuset");

  await page.getByTestId("language-select").selectOption("en");
  await expect(page.getByTestId("demo-case")).toHaveText("Open the demo case");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the reader's warnings and errors are in Norwegian too, and follow a switch", async ({ page }) => {
  const pieces = englishOnly();
  const tolk = new TolkPage(page);
  await tolk.goto();
  await page.getByTestId("language-select").selectOption("nb");
  const odd = [
    "##fileformat=VCFv4.2",
    "##contig=<ID=chr1>",
    "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO",
    "chr1\t100\t.\tA\tG\tlow\tPASS\tXX=1",
    "chr2\tten\t.\tA\tG\t50\tPASS\t.",
    "chr1\t300\t.\tC\tT\t50\tPASS\tXX=2",
    "",
  ].join("\n");
  await tolk.fileInput.setInputFiles({ name: "odd.vcf", mimeType: "text/plain", buffer: Buffer.from(odd) });
  await tolk.expectReady();
  const warnings = page.getByTestId("warnings");
  await warnings.locator("summary").click();
  await expect(warnings).toContainText("Linje 4: QUAL 'low' er ikke et tall; lest som manglende");
  await expect(warnings).toContainText("Linje 5: POS 'ten' er ikke en posisjon; linjen hoppet over");
  await expect(warnings).toContainText("INFO-feltet 'XX' er ikke deklarert i headeren; lest som tekst (på 2 linjer; den første vises)");
  expect(english(await pageTexts(page), pieces)).toEqual([]);
  // The warnings are phrases: switching rewords them without reading again.
  await page.getByTestId("language-select").selectOption("en");
  await expect(warnings).toContainText("Line 5: POS 'ten' is not a position; line skipped");
  await page.getByTestId("language-select").selectOption("nb");

  await tolk.fileInput.setInputFiles({ name: "not.vcf", mimeType: "text/plain", buffer: Buffer.from("hello\n") });
  await expect(tolk.status).toHaveAttribute("data-state", "error");
  await expect(tolk.status).toContainText("linje 1: ikke en VCF-fil: ventet '##fileformat=VCFv4.x', fant 'hello'");
});

test("every criterion, filter and chart opens its explanation in place, by keyboard, with its source", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await select(page, "chr2:166003512:C:T");
  await expect(page.getByTestId("chart-lollipop")).toHaveAttribute("data-state", "ready");
  const explanations = page.locator("button.explain");
  // 28 criteria, a suggestion's own, 12 filters (allele balance has one
  // for its two fields), 6 charts.
  await expect(page.locator(".criteria button.explain")).toHaveCount(28);
  for (const id of ["pass", "qual", "dp", "gq", "ab", "af", "cadd", "revel", "spliceai", "impact", "clinvar", "regions", "inheritance"]) {
    await expect(page.getByTestId(`explain-filter-${id}`)).toHaveCount(1);
  }
  for (const id of ["consequences", "funnel", "genome", "af-score", "quality", "lollipop"]) {
    await expect(page.getByTestId(`explain-chart-${id}`)).toHaveCount(1);
  }
  expect(await explanations.count()).toBeGreaterThanOrEqual(28 + 13 + 6);

  // By keyboard: focus the "?" of PVS1 in the checklist, Enter opens it.
  const pvs1 = page.locator(".criteria [data-testid=explain-criterion-pvs1]");
  const pvs1Text = page.locator(".criteria [data-testid=explain-criterion-pvs1-text]");
  await expect(pvs1Text).toBeHidden();
  await pvs1.focus();
  await expect(pvs1).toHaveAccessibleName("About PVS1");
  await page.keyboard.press("Enter");
  await expect(pvs1).toHaveAttribute("aria-expanded", "true");
  await expect(pvs1Text).toBeVisible();
  await expect(pvs1Text).toContainText("nonsense-mediated decay");
  await expect(pvs1Text).toContainText("Source: Richards et al. 2015; Abou Tayoun et al. 2018");
  // The row keeps its controls on its own line: the panel comes after them.
  const row = page.locator(".criterion", { has: page.getByTestId("explain-criterion-pvs1") });
  const top = async (el) => (await el.boundingBox()).y;
  expect(await top(row.getByTestId("criterion-strength-PVS1"))).toBeLessThan(await top(pvs1Text));
  await page.keyboard.press("Enter");
  await expect(pvs1Text).toBeHidden();

  // In Norwegian, the same place.
  await page.getByTestId("language-select").selectOption("nb");
  await page.getByTestId("explain-filter-revel").click();
  const revel = page.getByTestId("explain-filter-revel-text");
  await expect(revel).toContainText("0,644 og over støtter PP3");
  await expect(revel).toContainText("Kilde: Ioannidis et al. 2016; Pejaver et al. 2022");
  await showView(page, "charts");
  await expect(page.getByTestId("explain-chart-funnel")).toHaveAccessibleName("Om Filtertrakt");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the note is exported in the language chosen for it, whatever the screen shows", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await select(page, "chr2:166003512:C:T");
  await page.getByTestId("suggestion-accept-PM2").click();
  await page.getByTestId("report-status").selectOption("report");

  await showView(page, "note");
  await page.getByTestId("note-language").selectOption("nb");
  const nb = (await exported(page, "export-markdown")).text;
  expect(nb).toContain("# Tolkning av genetiske varianter");
  expect(nb).toContain("## Funn (1)");
  expect(nb).toContain("#### Anvendte kriterier");
  const html = (await exported(page, "export-html")).text;
  expect(html).toContain('<html lang="nb">');
  const json = JSON.parse((await exported(page, "export-json")).text);
  expect(json.language).toBe("nb");
  // The screen stayed English.
  await expect(page.getByTestId("note-panel")).toContainText("Interpretation note");

  await showView(page, "note");
  await page.getByTestId("note-language").selectOption("en");
  const en = (await exported(page, "export-markdown")).text;
  expect(en).toContain("# Genetic variant interpretation");
  expect(en).toContain("## Findings (1)");
});

test("a message already on screen is worded again when the language changes", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  const regions = page.getByTestId("filter-regions");
  await regions.fill("chr2:abc");
  await regions.press("Tab");
  const error = page.getByTestId("filter-region-error");
  await expect(error).toHaveText('"chr2:abc" is not chrom, chrom:pos or chrom:start-end');
  await page.getByTestId("language-select").selectOption("nb");
  await expect(error).toHaveText("«chr2:abc» er ikke kromosom, kromosom:posisjon eller kromosom:start-slutt");
});
