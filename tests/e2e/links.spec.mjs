// Links out to public resources: they carry the variant or the gene and
// nothing about the patient or the file, open a new tab only when clicked
// (no request is made by showing them), and a lab can turn them off.
import { test, expect } from "./fixtures.mjs";
import { TolkPage, select, showPart, showStart } from "./tolk-page.mjs";

test("links out name the variant and gene only, request nothing until clicked, and can be turned off", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  const origin = new URL(page.url()).origin;
  const elsewhere = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(origin)) elsewhere.push(r.url());
  });
  await select(page, "chr2:166003512:C:T");
  await showPart(page, "summary");
  const links = page.getByTestId("links-out");
  await expect(links).toBeVisible();
  await expect(page.getByTestId("link-gnomad")).toHaveAttribute(
    "href",
    "https://gnomad.broadinstitute.org/variant/2-166003512-C-T?dataset=gnomad_r4",
  );
  await expect(page.getByTestId("link-omim")).toHaveAttribute("href", "https://www.omim.org/search?search=SCN1A");
  const anchors = await links.locator("a").evaluateAll((as) =>
    as.map((a) => ({ href: a.href, target: a.target, rel: a.rel, referrer: a.referrerPolicy })),
  );
  expect(anchors.length).toBe(7);
  for (const a of anchors) {
    expect(a.target).toBe("_blank");
    expect(a.rel).toContain("noopener");
    expect(a.rel).toContain("noreferrer");
    expect(a.referrer).toBe("no-referrer");
    expect(a.href).not.toMatch(/PROBAND|MOTHER|FATHER|tolk-demo|\.vcf/i);
  }
  expect(elsewhere).toEqual([]);

  // Turned off on this computer: gone, and still gone after a reload.
  await showStart(page);
  await page.getByTestId("workstation").locator("summary").click();
  await page.getByTestId("links-setting").uncheck();
  await expect(links).toHaveCount(0);
  await page.reload();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await select(page, "chr2:166003512:C:T");
  await expect(page.getByTestId("variant-detail")).toHaveAttribute("data-state", "ready");
  await expect(page.getByTestId("links-out")).toHaveCount(0);
  await showStart(page);
  await page.getByTestId("workstation").locator("summary").click();
  await expect(page.getByTestId("links-setting")).not.toBeChecked();
});
