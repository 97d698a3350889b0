// A clinician opens a VCF and sees its variants: the foundation slice.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TolkPage } from "./tolk-page.mjs";
import { writeSyntheticVcf } from "./synth.mjs";

const data = resolve(dirname(fileURLToPath(import.meta.url)), "../data");

/** bcftools' counts for each test file (tests/data/expected-counts.sh). */
function bcftoolsCounts(path) {
  const row = readFileSync(join(data, "expected-counts.tsv"), "utf8")
    .split("\n")
    .map((line) => line.split("\t"))
    .find((cols) => cols[0] === path);
  return { records: Number(row[1]), samples: Number(row[2]) };
}

test("the demo case opens with one click", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16, samples: 3 });
  await expect(tolk.count).toHaveAttribute("data-count", "17");
  await expect(page.locator('[data-key="chr2:166003512:C:T"]')).toContainText("SCN1A");
  await expect(page.locator('[data-key="chr2:166003512:C:T"]')).toContainText("missense variant");
  // Both ALTs of the multi-allelic site are rows.
  await expect(page.locator('[data-key="chr16:9763102:T:C"]')).toBeVisible();
  await expect(page.locator('[data-key="chr16:9763102:T:G"]')).toBeVisible();
  console.log(`demo case: ready in ${await tolk.loadMillis()} ms`);
});

for (const path of ["vep/bystro-trio.trim.vep.vcf.gz", "snpeff/cyvcf2-ann-csq-189samples.vcf.gz"]) {
  test(`${path} gives bcftools' record and sample counts`, async ({ page }) => {
    const tolk = new TolkPage(page);
    await tolk.goto();
    await tolk.open(join(data, path));
    await tolk.expectReady(bcftoolsCounts(path));
    await expect(tolk.rows.first()).toBeVisible();
  });
}

test("a truncated file ends in an error naming the line, and the next file still opens", async ({ page }, info) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  const gz = readFileSync(join(data, "vep/bystro-trio.trim.vep.vcf.gz"));
  await tolk.fileInput.setInputFiles({ name: "cut.vcf.gz", mimeType: "application/gzip", buffer: gz.subarray(0, gz.length >> 1) });
  await expect(tolk.status).toHaveAttribute("data-state", "error");
  await expect(tolk.status).toContainText(/line \d+: the compressed file ends in the middle of a block/);
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
});

test("a file that is not a VCF says so", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(join(data, "panels/chanjo-hgnc.min.bed"));
  await expect(tolk.status).toHaveAttribute("data-state", "error");
  await expect(tolk.status).toContainText("line 1: not a VCF file");
});

test("warnings are listed with their line numbers", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(join(data, "edge/vcftools-deb-valid-3.3.vcf"));
  await tolk.expectReady({});
  const warnings = page.getByTestId("warnings");
  await warnings.locator("summary").click();
  await expect(warnings).toContainText(/Line 5: the ##INFO line could not be read/);
});

test("100,000 rows scroll with only a window of them in the page", async ({ page }, info) => {
  const path = info.outputPath("100k.vcf");
  writeSyntheticVcf(path, 100_000);
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(path);
  await tolk.expectReady({ records: 100_000 });
  await expect(tolk.count).toHaveAttribute("data-count", "100000");
  await expect(page.locator('[data-key="chr1:1:A:G"]')).toBeVisible();
  // The first page's rows come one render after the first row shows.
  await expect.poll(() => tolk.rows.count()).toBeGreaterThan(5);
  expect(await tolk.rows.count()).toBeLessThan(200);
  // Jump to the end, as the End key or a scrollbar drag would.
  await page.locator(".table-scroll").evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(page.locator('[data-key="chr1:100000:A:G"]')).toBeVisible();
  expect(await tolk.rows.count()).toBeLessThan(200);
  // And the keyboard scrolls it too.
  await page.locator(".table-scroll").focus();
  await page.keyboard.press("Home");
  await expect(page.locator('[data-key="chr1:1:A:G"]')).toBeVisible();
  // J steps in the view's order, even from a selection scrolled out of
  // sight (no longer drawn), and scrolls the grid back to the next row.
  await page.locator('[data-key="chr1:1:A:G"]').click();
  await page.locator(".table-scroll").evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(page.locator('[data-key="chr1:1:A:G"]')).toHaveCount(0);
  await page.keyboard.press("j");
  const second = page.locator('[data-key="chr1:2:A:G"]');
  await expect(second).toHaveAttribute("aria-current", "true");
  await expect(second).toBeInViewport();
  // And past the window drawn at first: 60 steps down is row 62.
  for (let i = 0; i < 60; i++) await page.keyboard.press("j");
  await expect(page.locator('[data-key="chr1:62:A:G"]')).toHaveAttribute("aria-current", "true");
  await expect(page.locator('[data-key="chr1:62:A:G"]')).toBeInViewport();
});

test("a large file can be cancelled while the page stays responsive", async ({ page }, info) => {
  const path = info.outputPath("big.vcf");
  writeSyntheticVcf(path, 400_000, { padding: 300 });
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(path);
  await expect(tolk.status).toHaveAttribute("data-state", "loading");
  // The page keeps rendering while the worker reads: progress moves past
  // zero before the end (the worker posts a progress reply per 1 MiB slice).
  const progress = page.locator("progress");
  const total = Number(await progress.getAttribute("max"));
  await expect
    .poll(async () => Number(await progress.getAttribute("value")))
    .toBeGreaterThan(0);
  expect(Number(await progress.getAttribute("value"))).toBeLessThan(total);
  // And it takes a click mid-load: had the page been blocked until the end,
  // the state would be "ready", not "idle".
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(tolk.status).toHaveAttribute("data-state", "idle");
  await expect(tolk.status).toContainText("cancelled");
});

test("the transcript policy changes the worst consequence shown, and the canonical transcript is the default", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(join(data, "vep/bystro-trio.trim.vep.vcf.gz"));
  await tolk.expectReady({ records: 146 });
  // Synonymous on another transcript, intronic on the canonical one: by
  // default the row says what the canonical transcript says, and that it is.
  const row = page.locator('[data-key="2:229934:A:G"]');
  await expect(page.getByTestId("transcript-policy")).toHaveValue("preferred");
  await expect(row).toContainText("intron variant");
  await expect(row).toContainText("MODIFIER");
  await expect(row.locator(".basis")).toHaveText("canonical");
  await page.getByTestId("transcript-policy").selectOption("all");
  await expect(row).toContainText("synonymous variant");
  await expect(row.locator(".basis")).toHaveText("any transcript");
  await page.getByTestId("transcript-policy").selectOption("canonical");
  await expect(row).toContainText("intron variant");
});

test("selecting a variant shows every transcript, read again from the file", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await page.locator('[data-key="chr2:166003512:C:T"]').click();
  const detail = page.getByTestId("variant-detail");
  await expect(detail).toHaveAttribute("data-state", "ready");
  await expect(detail.getByRole("heading", { level: 2 })).toContainText("chr2:166003512 C>T SCN1A");
  await expect(detail.getByTestId("transcript-row")).toHaveCount(2);
  const worst = detail.locator("tr.worst");
  await expect(worst).toContainText("ENST00000674923.1:c.4547G>A");
  await expect(worst).toContainText("p.Arg1516Gln");
  await expect(worst).toContainText("MANE Select");
  await expect(detail.getByTestId("sample-row")).toHaveCount(3);
  await expect(detail.getByTestId("sample-row").first()).toContainText("PROBAND");
  // ClinVar is spelled out; the frameshift in ALDH7A1 is marked pathogenic.
  await page.locator('[data-key="chr5:126552104:CAG:C"]').click();
  await expect(detail).toContainText("ClinVarpathogenic");
  // The keyboard selects too; percent-escapes in HGVS are undone.
  await page.locator('[data-key="chrX:18604822:C:T"]').focus();
  await page.keyboard.press("Enter");
  await expect(detail).toContainText("p.Ser558=");
});

test("a variant of a BGZF file is read back from its own blocks", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(join(data, "vep/bystro-trio.trim.vep.vcf.gz"));
  await tolk.expectReady({ records: 146 });
  await page.locator('[data-key="2:45895:A:G"]').click();
  const detail = page.getByTestId("variant-detail");
  await expect(detail).toHaveAttribute("data-state", "ready");
  await expect(detail.getByTestId("transcript-row")).toHaveCount(3);
  await expect(detail.locator("tr.worst")).toContainText("missense variant");
  await expect(detail.getByTestId("sample-row").nth(2)).toContainText("./.");
});

test("a table taller than browsers lay out still reaches its last row", async ({ page }, info) => {
  // 300,000 rows of about 36 px exceed the 8 million px the table uses; the
  // scrollbar is scaled instead.
  const path = info.outputPath("300k.vcf");
  writeSyntheticVcf(path, 300_000);
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(path);
  await tolk.expectReady({ records: 300_000 });
  const scroller = page.locator(".table-scroll");
  expect(await scroller.evaluate((el) => el.scrollHeight)).toBeLessThanOrEqual(8_000_100);
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(page.locator('[data-key="chr1:300000:A:G"]')).toBeVisible();
  await scroller.evaluate((el) => (el.scrollTop = (el.scrollHeight - el.clientHeight) / 2));
  // The rows are redrawn on the next scroll event and page fetch; wait for
  // them rather than reading the previous window.
  const shown = () =>
    tolk.rows.evaluateAll((rows) => rows.map((r) => Number(r.dataset.key.split(":")[1])));
  await expect.poll(async () => Math.max(...(await shown()))).toBeLessThan(160_000);
  expect(Math.min(...(await shown()))).toBeGreaterThan(140_000);
});

test("a file dropped on the page opens", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  const bytes = [...readFileSync(join(data, "vep/bystro-trio.trim.vep.vcf.gz"))];
  const transfer = await page.evaluateHandle((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], "dropped.vcf.gz", { type: "application/gzip" }));
    return dt;
  }, bytes);
  const zone = page.locator(".opener");
  await zone.dispatchEvent("dragover", { dataTransfer: transfer });
  await expect(zone).toHaveClass(/dragging/);
  await zone.dispatchEvent("drop", { dataTransfer: transfer });
  await tolk.expectReady({ records: 146, samples: 3 });
  await expect(tolk.status).toContainText("dropped.vcf.gz");
});

test("a plain gzip file (not BGZF) opens, with a hint about bgzip", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(join(data, "edge/pyvcf3-1kg.vcf.gz"));
  await tolk.expectReady({ ...bcftoolsCounts("edge/pyvcf3-1kg.vcf.gz") });
  await expect(tolk.status).toContainText("compress it with bgzip");
  await tolk.rows.first().click();
  await expect(page.getByTestId("variant-detail")).toHaveAttribute("data-state", "ready");
});

test("the keyboard walks the table: one tab stop, Enter selects, arrows move", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  const table = page.locator(".table-scroll");
  await table.focus();
  await page.keyboard.press("Enter");
  const current = page.locator('[data-testid="variant-row"][aria-current="true"]');
  await expect(current).toHaveAttribute("data-key", "chr1:11796321:G:A");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(current).toHaveAttribute("data-key", "chr2:166036287:A:G");
  await expect(page.getByTestId("variant-detail")).toContainText("chr2:166036287 A>G");
  await page.keyboard.press("ArrowUp");
  await expect(current).toHaveAttribute("data-key", "chr2:166003512:C:T");
  // Only the selected row is a tab stop.
  expect(await tolk.rows.evaluateAll((rows) => rows.filter((r) => r.tabIndex === 0).length)).toBe(1);
});
