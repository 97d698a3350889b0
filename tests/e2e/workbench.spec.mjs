// The workbench as a clinician at a desk or a meeting screen uses it: the
// narrowing, the grid and the selected variant side by side, each
// scrolling on its own, so the grid and the classification are on screen
// together without scrolling the page. `TOLK_WRITE_EXAMPLE=1` also keeps
// screenshots of each view at 1280x720 in docs/screenshots.
import { test, expect } from "./fixtures.mjs";
import { inflateRawSync } from "node:zlib";
import { TolkPage, exported, exportedBytes, select, showPart, showView, seriousViolations } from "./tolk-page.mjs";

const SCN1A = "chr2:166003512:C:T";

/** Whether `locator`'s box lies wholly inside the window. */
async function inViewport(page, locator) {
  const box = await locator.boundingBox();
  const { width, height } = page.viewportSize();
  return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= width + 0.5 && box.y + box.height <= height + 0.5;
}

/** The grid's rows wholly inside the window and inside the grid's scroller. */
async function rowsInView(page) {
  return page.getByTestId("variant-grid").evaluate((grid) => {
    const frame = grid.getBoundingClientRect();
    const head = grid.querySelector("thead").getBoundingClientRect();
    return [...grid.querySelectorAll('[data-testid="variant-row"]')].filter((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= head.bottom - 0.5 && r.bottom <= Math.min(frame.bottom, window.innerHeight) + 0.5;
    }).length;
  });
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
]) {
  test(`at ${width}x${height} the grid and the classification are on screen together`, async ({ page }, info) => {
    await page.setViewportSize({ width, height });
    const tolk = new TolkPage(page);
    await tolk.openDemoCase();
    // The start folds into the header once a file is open.
    await expect(page.getByTestId("start")).not.toHaveAttribute("open", "");
    await expect(page.getByTestId("demo-case")).toBeHidden();
    await select(page, SCN1A);
    await expect(page.getByTestId("classification")).toBeVisible();
    expect(await inViewport(page, page.getByTestId("variant-grid"))).toBe(true);
    expect(await inViewport(page, page.getByTestId("classification"))).toBe(true);
    expect(await inViewport(page, page.locator(`[data-key="${SCN1A}"] td.gene`))).toBe(true);
    // The page itself does not scroll: the panes do.
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
    const rows = await rowsInView(page);
    info.annotations.push({ type: "rows in view", description: `${rows} of 13 at ${width}x${height}` });
    expect(rows).toBeGreaterThanOrEqual(width === 1280 ? 8 : 13);
    expect(await seriousViolations(page)).toEqual([]);

    if (process.env.TOLK_WRITE_EXAMPLE && width === 1280) {
      await page.screenshot({ path: "docs/screenshots/workbench-classification.png" });
      await showPart(page, "summary");
      await page.screenshot({ path: "docs/screenshots/workbench-summary.png" });
      await showPart(page, "gene");
      await expect(page.getByTestId("chart-lollipop")).toHaveAttribute("data-state", "ready");
      await page.screenshot({ path: "docs/screenshots/workbench-gene.png" });
      await showView(page, "charts");
      await page.screenshot({ path: "docs/screenshots/charts.png" });
      await showView(page, "note");
      await page.screenshot({ path: "docs/screenshots/note.png" });
    }
  });
}

test("the sidebar folds away, gives the grid its width, and stays folded after a reload", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  const grid = page.getByTestId("variant-grid");
  const before = (await grid.boundingBox()).width;
  await page.getByTestId("sidebar-fold").click();
  await expect(page.getByTestId("sidebar-fold")).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByTestId("funnel")).toBeHidden();
  await expect.poll(async () => (await grid.boundingBox()).width).toBeGreaterThan(before + 150);
  await page.reload();
  await expect(page.getByTestId("sidebar-fold")).toHaveAttribute("aria-expanded", "false");
  await page.getByTestId("sidebar-fold").click();
  await expect(page.getByTestId("sidebar-fold")).toHaveAttribute("aria-expanded", "true");
});

test("views and parts are tabs the keyboard moves through, and the skip link reaches the grid", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await page.locator(`[data-key="${SCN1A}"]`).click();
  await expect(page.getByTestId("variant-detail")).toHaveAttribute("data-state", "ready");
  // Arrow keys move along the parts and show each at once.
  await page.getByTestId("part-summary").click();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("part-transcripts")).toBeFocused();
  await expect(page.getByTestId("transcript-row").first()).toBeVisible();
  await page.keyboard.press("End");
  await expect(page.getByTestId("part-comments")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("variant-comment")).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("part-gene")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("chart-lollipop")).toBeVisible();
  // The part chosen stays chosen for the next variant.
  await page.locator('[data-testid="variant-row"]').first().click();
  await expect(page.getByTestId("part-gene")).toHaveAttribute("aria-selected", "true");
  // The views: one tab stop, arrows between them.
  await page.getByTestId("view-variants").focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("view-charts")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("chart-genome")).toBeVisible();
  await expect(page.getByTestId("variant-grid")).toBeHidden();
  // The skip link is the page's first stop, shows when focused, and brings the grid back.
  const first = await page.evaluate(() => document.querySelector("a[href], button, input, select, textarea, [tabindex]").className);
  expect(first).toBe("skip-link");
  await page.locator(".skip-link").focus();
  expect(await inViewport(page, page.locator(".skip-link"))).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("variant-grid")).toBeVisible();
  await expect(page.getByTestId("variant-grid")).toBeFocused();
});

/** Opens the demo case, sorts the grid by AF, largest first, and gives
 * each row drawn as [gene, key], in the grid's order. */
async function demoByAfDescending(page) {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await expect(tolk.count).toHaveAttribute("data-count", "13");
  await page.getByTestId("col-af").getByRole("button").click();
  await page.getByTestId("col-af").getByRole("button").click();
  await expect(page.getByTestId("col-af")).toHaveAttribute("aria-sort", "descending");
  // The sorted view has come (the last view's rows stay until it does), and
  // its rows are paged in again: wait for all 13 to be drawn.
  await expect(page.getByTestId("variant-grid")).not.toHaveAttribute("aria-busy", "true");
  await expect(tolk.rows).toHaveCount(13);
  return tolk.rows.evaluateAll((rows) => rows.map((r) => [r.querySelector("td.gene").textContent, r.dataset.key]));
}

test("the rows in view are saved as TSV with the grid's columns, in the grid's order", async ({ page }) => {
  const shown = await demoByAfDescending(page);
  const { name, text } = await exported(page, "export-view-tsv");
  expect(name).toBe("tolk-view.tsv");
  const [header, ...lines] = text.trimEnd().split("\n").map((l) => l.split("\t"));
  // The default columns, the trio's genotypes by role (P, F, M).
  expect(header).toEqual([
    "gene", "hgvs_p", "consequence", "impact", "af", "gt_P", "gt_F", "gt_M", "clinvar", "inheritance", "class", "chrom", "pos", "ref", "alt",
  ]);
  const at = (id) => header.indexOf(id);
  expect(lines.length).toBe(13);
  // The grid's order, row for row (all 13 rows are rendered at this size).
  const saved = lines.map((c) => [c[at("gene")], ["chrom", "pos", "ref", "alt"].map((id) => c[at(id)]).join(":")]);
  expect(saved).toEqual(shown);
  const afs = lines.map((c) => c[at("af")]).filter((v) => v !== ".").map(Number);
  expect(afs).toEqual([...afs].sort((a, b) => b - a));
  // The family's inheritance modes and calls are there, as in the grid.
  expect(lines.some((c) => c[at("inheritance")].includes("de_novo"))).toBe(true);
  const scn1a = lines.find((c) => c[at("gene")] === "SCN1A" && c[at("pos")] === "166003512");
  expect(["hgvs_p", "gt_P", "gt_F", "gt_M"].map((id) => scn1a[at(id)])).toEqual(["ENSP00000674923.1:p.Arg1516Gln", "0/1", "0/0", "0/0"]);
});

test("a keyboard-only pass: J and K walk the grid, A and R decide the suggestion in focus, T marks for discussion", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  const current = page.locator('[data-testid="variant-row"][aria-current="true"]');
  await page.getByTestId("view-variants").focus();
  await page.keyboard.press("j");
  await expect(current).toHaveCount(1);
  const first = await current.getAttribute("data-key");
  expect(first).toBe(await tolk.rows.first().getAttribute("data-key"));
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  const third = await tolk.rows.nth(2).getAttribute("data-key");
  await expect(current).toHaveAttribute("data-key", third);
  await page.keyboard.press("k");
  await expect(current).toHaveAttribute("data-key", await tolk.rows.nth(1).getAttribute("data-key"));
  // Focus stayed on the tabs: J and K select, they do not steal focus.
  await expect(page.getByTestId("view-variants")).toBeFocused();

  // SCN1A, then its classification, from the keyboard.
  await page.locator(`[data-key="${SCN1A}"] td.gene`).click();
  await page.getByTestId("part-classification").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("acmg-panel")).toHaveAttribute("data-variant", SCN1A);
  // A key does nothing while focus is in no suggestion.
  await page.keyboard.press("a");
  await expect(page.locator('.suggestion[data-state="accepted"]')).toHaveCount(0);
  await page.getByTestId("suggestion-accept-PM2").focus();
  await expect(page.getByTestId("suggestion-accept-PM2")).toBeFocused();
  await page.keyboard.press("a");
  await expect(page.getByTestId("suggestion-PM2")).toHaveAttribute("data-state", "accepted");
  await page.getByTestId("suggestion-accept-PP3").focus();
  await page.keyboard.press("r");
  await expect(page.getByTestId("suggestion-PP3")).toHaveAttribute("data-state", "rejected");
  await page.keyboard.press("t");
  await expect(page.getByTestId("discuss")).toBeChecked();
  await page.keyboard.press("t");
  await expect(page.getByTestId("discuss")).not.toBeChecked();
  // Typed into a field, the same letters are text.
  await showPart(page, "comments");
  await page.getByTestId("variant-comment").focus();
  await page.keyboard.type("tarj");
  await expect(page.getByTestId("variant-comment")).toHaveValue("tarj");
  await expect(current).toHaveAttribute("data-key", SCN1A);
  // All listed.
  await page.keyboard.press("Escape");
  await page.getByTestId("view-variants").focus();
  await page.keyboard.press("?");
  for (const key of ["J", "K", "A", "R", "T"]) await expect(page.getByTestId("shortcuts").locator("kbd", { hasText: new RegExp(`^${key}$`) })).toHaveCount(1);
});

test("the family is drawn as a pedigree from the PED, and follows the family set by hand", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  const drawn = page.getByTestId("pedigree");
  // The demo PED: an affected daughter of unaffected parents.
  await expect(drawn.locator('g[data-role="father"] rect')).toHaveCount(1);
  await expect(drawn.locator('g[data-role="mother"] circle')).toHaveCount(1);
  await expect(drawn.locator('g[data-role="proband"] circle')).toHaveAttribute("fill", "#1a1a1a");
  await expect(drawn.locator('g[data-role="father"] rect')).toHaveAttribute("fill", "#ffffff");
  await expect(drawn.locator("svg desc")).toHaveText(
    "Father FATHER: male, unaffected; Mother MOTHER: female, unaffected; Proband PROBAND: female, affected",
  );
  // By hand: no father in the file, the mother affected; the drawing follows.
  await page.getByTestId("father").selectOption("");
  await page.getByTestId("mother-affected").check();
  await expect(drawn.locator('g[data-role="father"] rect')).toHaveAttribute("stroke-dasharray", "5 4");
  await expect(drawn.locator('g[data-role="mother"] circle')).toHaveAttribute("fill", "#1a1a1a");
  await expect(drawn.locator("svg desc")).toContainText("Father: not sequenced");
  // Pseudonymised, the names drawn are too.
  await page.getByTestId("pseudonymise-toggle").check();
  await expect(drawn).not.toContainText("PROBAND");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the quick search finds rows by gene, position, HGVS and rsID, within the view, and says what it cannot read", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await expect(tolk.count).toHaveAttribute("data-count", "13");
  const search = page.getByTestId("grid-search");
  const step = page.getByTestId("funnel").locator('[data-step="search"]');
  const genes = () => tolk.rows.evaluateAll((rows) => rows.map((r) => r.querySelector("td.gene").textContent));
  const keys = () => tolk.rows.evaluateAll((rows) => rows.map((r) => r.dataset.key));

  // "/" leads to the box from anywhere but a field.
  await page.locator("body").press("/");
  await expect(search).toBeFocused();

  // A gene, in any case: its rows in view, counted in the funnel's last step.
  await search.fill("kcnq2");
  await expect(tolk.count).toHaveAttribute("data-count", "2");
  await expect.poll(genes).toEqual(["KCNQ2", "KCNQ2"]);
  await expect(step).toHaveAttribute("data-remaining", "2");

  // HGVS as a report writes it: one-letter protein, or c. on the transcript,
  // read in the records' text by the worker.
  await search.fill("p.R594W");
  await search.press("Enter");
  // Polled: the count of the view before may be the same, and the new
  // view's row comes after its count.
  await expect(tolk.count).toHaveAttribute("data-count", "1");
  await expect.poll(keys).toEqual(["chr20:63413452:G:A"]);
  await search.fill("ENST00000409134:c.1387_1388del");
  await search.press("Enter");
  await expect(tolk.count).toHaveAttribute("data-count", "1");
  await expect.poll(keys).toEqual(["chr5:126552104:CAG:C"]);

  // A position, and a span.
  await search.fill("chr20:63,413,452");
  await expect(tolk.count).toHaveAttribute("data-count", "1");
  await search.fill("chr5:126500000-126600000");
  await expect(tolk.count).toHaveAttribute("data-count", "2");

  // The search narrows the view, not the file: MTHFR's rs1801133 is in the
  // file but not in the epilepsy panel, and the funnel shows where it went.
  await search.fill("rs1801133");
  await search.press("Enter");
  await expect(tolk.count).toHaveAttribute("data-count", "0");
  await expect(step).toHaveAttribute("data-remaining", "0");
  await expect(page.getByTestId("funnel").locator('[data-step="panel"]')).toHaveAttribute("data-remaining", "13");

  // What is no search is said to be so, and narrows nothing.
  await search.fill("chr2:abc");
  await search.press("Enter");
  await expect(search).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#grid-search-status")).toContainText("chr2:abc");
  await expect(tolk.count).toHaveAttribute("data-count", "13");

  // Work done while searching does not put the search in the case: the
  // note's funnel is the narrowing's.
  await search.fill("SCN1A");
  await expect(step).toBeVisible();
  await select(page, SCN1A);
  await page.getByTestId("suggestion-accept-PP3").click();
  await showView(page, "note");
  await page.locator("details.note-preview > summary").click();
  const note = page.frameLocator('[data-testid="note-preview"]').locator("body");
  await expect(note).toContainText("In panel");
  await expect(note).not.toContainText("Matching");
  await showView(page, "variants");

  // Escape empties the box and brings every row back.
  await search.press("Escape");
  await expect(search).toHaveValue("");
  await expect(tolk.count).toHaveAttribute("data-count", "13");
  await expect(step).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});

/** The entry `name` of the zip `bytes` (a Buffer), found through the zip's central directory and
 * inflated if it is compressed: enough of the format to read a workbook back, without a package. */
function zipEntry(bytes, name) {
  // The end of central directory record is the last 22 bytes, unless the zip has a comment.
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip: no end of central directory");
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error(`no central directory entry at ${at}`);
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const [nameLength, extraLength, commentLength] = [28, 30, 32].map((o) => bytes.readUInt16LE(at + o));
    const local = bytes.readUInt32LE(at + 42);
    if (bytes.toString("utf8", at + 46, at + 46 + nameLength) === name) {
      if (bytes.readUInt32LE(local) !== 0x04034b50) throw new Error(`no local header for ${name}`);
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(start, start + size);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data);
      throw new Error(`${name}: compression method ${method}`);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${name} is not in the zip`);
}

/** A worksheet's rows, each as its 11 cells (columns A to K): `{ number, value }` (`value` the
 * inline string's text, XML entities read, or the number as written), or null for an empty cell. */
function sheetRows(xml) {
  const entities = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&" };
  const text = (t) => t.replace(/&(lt|gt|quot|apos|amp);/g, (e) => entities[e]);
  return [...xml.matchAll(/<row r="\d+"[^>]*>(.*?)<\/row>/gs)].map(([, row]) => {
    // Columns A to Z (the default columns of a trio reach O).
    const cells = Array(26).fill(null);
    for (const [, column, attributes, body] of row.matchAll(/<c r="([A-Z])\d+"([^>]*)>(.*?)<\/c>/gs)) {
      const string = attributes.includes('t="inlineStr"');
      cells[column.charCodeAt(0) - 65] = string
        ? { number: false, value: text(body.match(/<t[^>]*>(.*?)<\/t>/s)[1]) }
        : { number: true, value: body.match(/<v>(.*?)<\/v>/s)[1] };
    }
    return cells;
  });
}

test("the rows in view are saved as an Excel workbook: the TSV's columns, numbers as numbers, in the grid's order", async ({ page }) => {
  const shown = await demoByAfDescending(page);
  const { name, bytes } = await exportedBytes(page, "export-view-xlsx");
  expect(name).toBe("tolk-view.xlsx");
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  const xml = zipEntry(bytes, "xl/worksheets/sheet1.xml").toString("utf8");
  // The header stays on screen and filters every column (15: A to O).
  expect(xml).toContain('state="frozen"');
  expect(xml).toContain('<autoFilter ref="A1:O14"/>');
  const [sheetHeader, ...rows] = sheetRows(xml);
  const header = sheetHeader.filter((c) => c !== null);
  const { text: tsv } = await exported(page, "export-view-tsv");
  expect(header.map((c) => c.value)).toEqual(tsv.split("\n")[0].split("\t"));
  expect(header.every((c) => !c.number)).toBe(true);
  expect(rows.length).toBe(13);
  const at = (id) => header.findIndex((c) => c.value === id);
  // The grid's order, row for row (all 13 rows are rendered at this size).
  const text = (cell) => cell?.value ?? "";
  const saved = rows.map((c) => [text(c[at("gene")]), ["chrom", "pos", "ref", "alt"].map((id) => text(c[at(id)])).join(":")]);
  expect(saved).toEqual(shown);
  // AF and POS are numeric cells (a `<v>`, no inline string); a missing AF is an empty cell, not ".".
  const afs = rows.map((c) => c[at("af")]).filter((c) => c !== null);
  expect(afs.length).toBeGreaterThan(0);
  expect(afs.every((c) => c.number)).toBe(true);
  expect(rows.every((c) => c[at("pos")].number)).toBe(true);
  expect(rows.some((c) => [at("af"), at("inheritance"), at("class")].some((i) => c[i]?.value === "."))).toBe(false);
  const values = afs.map((c) => Number(c.value));
  expect(values).toEqual([...values].sort((a, b) => b - a));
  // The family's inheritance modes are there, as in the TSV.
  expect(rows.some((c) => text(c[at("inheritance")]).includes("de_novo"))).toBe(true);
});

test("the Comments part keeps the variant's comment and lists each criterion's beneath it", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.openDemoCase();
  await select(page, SCN1A);
  // A criterion applied with a comment, in the Classification part.
  await page.getByTestId("criterion-PM2").check();
  await expect(page.getByTestId("criterion-PM2")).toHaveAttribute("data-strength", "Supporting");
  await page.getByTestId("criterion-comment-PM2").fill("Absent from gnomAD v4.1.");
  await page.getByTestId("criterion-comment-PM2").blur();

  // The variant's own comment is written in the Comments part.
  await showPart(page, "comments");
  const comment = page.getByTestId("variant-comment");
  await comment.fill("Ask for segregation in the aunt.");
  await comment.blur();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  // Beneath it, read-only, the criterion's comment with how it was applied.
  const others = page.getByTestId("other-comments").getByTestId("other-comment");
  await expect(others).toHaveCount(1);
  await expect(others.first()).toHaveAttribute("data-code", "PM2");
  await expect(others.first()).toContainText("PM2, applied at supporting");
  await expect(others.first()).toContainText("Absent from gnomAD v4.1.");
  await expect(page.getByTestId("other-comments-none")).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  // Away to the classification and back: both are still there.
  await showPart(page, "classification");
  await expect(comment).toBeHidden();
  await showPart(page, "comments");
  await expect(comment).toHaveValue("Ask for segregation in the aunt.");
  await expect(others.first()).toContainText("Absent from gnomAD v4.1.");
});
