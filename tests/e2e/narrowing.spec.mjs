// A clinician narrows a file: imports a panel and a PED, applies the rare
// disease preset and an inheritance mode, reads the funnel, reopens the
// view from its URL, and clears back to everything.
import { test, expect } from "./fixtures.mjs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { TolkPage } from "./tolk-page.mjs";

const data = (p) => path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "data", p);
const keys = async (tolk) => tolk.rows.evaluateAll((rows) => rows.map((r) => r.dataset.key));

test("the demo case narrows by panel, preset and de novo to the SCN1A variant", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await expect(tolk.count).toHaveAttribute("data-count", "17");

  await page.getByTestId("demo-panel").click();
  const summary = page.getByTestId("panel-summary");
  await expect(summary).toHaveAttribute("data-genes", "11");
  // SCN8A, SLC2A1 and TBC1D24 (red, counted under "all") have no variant in the demo file.
  await expect(summary).toHaveAttribute("data-matched", "8");
  await expect(tolk.count).toHaveAttribute("data-count", "13");

  await page.getByTestId("preset-rare-disease").click();
  const funnel = page.getByTestId("funnel");
  await expect(funnel.locator("li[data-step=pass]")).toHaveAttribute("data-remaining", "12");
  await expect(funnel.locator("li[data-step=af]")).toBeVisible();

  await page.getByTestId("demo-family").click();
  await expect(page.getByTestId("proband")).toHaveValue("0");
  await page.getByTestId("inheritance-mode").selectOption("de_novo");
  await expect(tolk.count).toHaveAttribute("data-count", "1");
  await expect.poll(() => keys(tolk)).toEqual(["chr2:166003512:C:T"]);
  await expect(tolk.rows.first().getByTestId("inheritance")).toContainText("De novo");

  // The URL holds the settings, and no sample name.
  const url = new URL(page.url());
  expect(url.searchParams.get("mode")).toBe("de_novo");
  expect(url.searchParams.get("af")).toBe("0.01");
  expect(url.searchParams.get("panel")).toBe("Tolk demo: early-onset epilepsy (version 1.0)");
  expect(page.url()).not.toMatch(/PROBAND|MOTHER|FATHER/);
});

test("a view reopens from its URL, and clearing returns to everything", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await page.getByTestId("demo-panel").click();
  await page.getByTestId("preset-rare-disease").click();
  // Read the count once the preset's view is shown, not the panel's alone
  // (reading between the two made this test flaky).
  await expect(page.getByTestId("funnel").locator("li[data-step=af]")).toBeVisible();
  await expect(tolk.count).not.toHaveAttribute("data-count", "17");
  const narrowed = await tolk.count.getAttribute("data-count");

  // A reload keeps the URL; the panel comes back from this computer's storage.
  await page.reload();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await expect(page.getByTestId("panel-summary")).toHaveAttribute("data-genes", "11");
  await expect(tolk.count).toHaveAttribute("data-count", narrowed);
  await expect(page.getByTestId("filter-pass")).toBeChecked();

  await page.getByTestId("clear-all").click();
  await expect(tolk.count).toHaveAttribute("data-count", "17");
  await expect(page.getByTestId("panel-summary")).toHaveCount(0);
  expect(new URL(page.url()).search).toBe("");
});

test("a PED and a panel file from real test sets find gemini's compound het pair", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(data("families/gemini-test.comp_het.vcf"));
  await tolk.expectReady({ records: 8 });
  await page.getByTestId("ped-input").setInputFiles(data("families/gemini-test.comp_het.ped"));
  await expect(page.getByTestId("proband")).toHaveValue("0"); // child_1, the first affected child with parents
  await page.getByTestId("panel-input").setInputFiles(data("panels/tolk-genes.txt"));
  // WDR37, ASAH2C, SYCE1 and GENE-NOT-THERE: none is in this file.
  await expect(page.getByTestId("panel-summary")).toHaveAttribute("data-matched", "0");
  await expect(tolk.count).toHaveAttribute("data-count", "0");
  await page.getByTestId("clear-all").click();
  await page.getByTestId("inheritance-mode").selectOption("comp_het");
  await expect(tolk.count).toHaveAttribute("data-count", "2");
  await expect.poll(() => keys(tolk)).toEqual(["1:16977:G:A", "1:17697:G:C"]);
  await expect(page.getByTestId("comp-het-pair")).toHaveCount(1);
  await expect(page.getByTestId("comp-het-pair")).toContainText("WASH7P");
});

test("a broken panel or PED file says which line is wrong, and changes nothing", async ({ page }, info) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  const bad = info.outputPath("bad-panel.bed");
  const fs = await import("node:fs/promises");
  await fs.writeFile(bad, "chr1\t10\t20\tSCN1A\nchr1\tten\t20\tSCN1A\n");
  await page.getByTestId("panel-input").setInputFiles(bad);
  await expect(page.getByRole("alert")).toContainText("bad-panel.bed: line 2: the start \"ten\" is not a whole number");
  const ped = info.outputPath("bad.ped");
  await fs.writeFile(ped, "DEMO PROBAND 0 0\n");
  await page.getByTestId("ped-input").setInputFiles(ped);
  await expect(page.getByRole("alert").last()).toContainText("bad.ped: line 1: 4 columns");
  await expect(tolk.count).toHaveAttribute("data-count", "17");
});

test("the grid sorts by a column's values, missing last, and back to file order", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await expect(tolk.count).toHaveAttribute("data-count", "17");
  await expect(tolk.rows).toHaveCount(17);
  const fileOrder = await keys(tolk);
  // Each row's AF as the worker sent it (null: none in the sources in use).
  const afs = () =>
    tolk.rows.evaluateAll((rows) =>
      rows.map((r) => {
        const v = r.querySelector("td[data-af]")?.dataset.af;
        return v === undefined ? null : Number(v);
      }),
    );
  const sortedAs = (values, descending) => {
    const present = values.filter((v) => v !== null);
    const order = [...present].sort((a, b) => (descending ? b - a : a - b));
    return [...order, ...values.filter((v) => v === null)];
  };
  const header = page.getByTestId("col-af");
  await expect(header).toHaveAttribute("aria-sort", "none");

  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(async () => JSON.stringify(await keys(tolk))).not.toBe(JSON.stringify(fileOrder));
  const ascending = await afs();
  expect(ascending.filter((v) => v !== null).length).toBeGreaterThan(3);
  expect(ascending).toEqual(sortedAs(ascending, false));

  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await expect.poll(async () => JSON.stringify(await afs())).toBe(JSON.stringify(sortedAs(ascending, true)));

  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "none");
  await expect.poll(() => keys(tolk)).toEqual(fileOrder);

  // By gene: names in order, rows without a gene last.
  await page.getByTestId("col-gene").getByRole("button").click();
  await expect(page.getByTestId("col-gene")).toHaveAttribute("aria-sort", "ascending");
  const genes = await tolk.rows.evaluateAll((rows) => rows.map((r) => r.querySelector("td.gene").textContent));
  const named = genes.filter((g) => g !== "");
  expect(named).toEqual([...named].sort());
  expect(genes.slice(named.length).every((g) => g === "")).toBe(true);
});
