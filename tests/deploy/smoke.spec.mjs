// A clinician's short session through the server under test (nginx or
// Apache with the shipped configuration; tests/deploy/run.sh): the page and
// its workers start under the header CSP (any violation fails, as in the
// end-to-end tests), the service worker installs every file of the build,
// the demo case is narrowed by its panel and family, a variant is
// classified, the note is downloaded, and a reload brings the work back.
// The app's own warning about a host without the security headers must not
// show.
import { test, expect } from "../e2e/fixtures.mjs";
import { createHash } from "node:crypto";
import { TolkPage, exported, select, showView } from "../e2e/tolk-page.mjs";

const SCN1A = "chr2:166003512:C:T";

test("the demo case is narrowed, classified, noted and restored through this server", async ({ page }) => {
  // Console errors about the headers themselves (an unknown
  // Permissions-Policy feature, a refused header).
  const noise = [];
  page.on("console", (m) => {
    if (/Permissions[- ]Policy|Unrecognized feature|Cross-Origin|X-Frame-Options/i.test(m.text())) noise.push(m.text());
  });

  // "./": the base URL may be a sub-path.
  const response = await page.goto("./");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  const tolk = new TolkPage(page);
  await expect(tolk.status).toHaveAttribute("data-state", "idle");
  await expect(page.getByTestId("host-warning")).toHaveCount(0);

  // The service worker's install fetches every file of the build; one the
  // server refuses or mistypes and it never activates.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state)), { timeout: 60_000 })
    .toBe("activated");

  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await expect(tolk.count).toHaveAttribute("data-count", "17");
  await page.getByTestId("demo-panel").click();
  await expect(page.getByTestId("panel-summary")).toHaveAttribute("data-genes", "11");
  await expect(tolk.count).toHaveAttribute("data-count", "13");
  await tolk.useDemoFamily();

  await select(page, SCN1A);
  await page.getByTestId("criterion-PP4").check();
  await expect(page.getByTestId("criterion-PP4")).toBeChecked();
  await page.getByTestId("report-status").selectOption("report");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved");

  const note = await exported(page, "export-json");
  expect(note.name).toMatch(/\.json$/);
  const finding = JSON.parse(note.text).findings.find((f) => f.gene === "SCN1A");
  expect(finding?.criteria.map((c) => c.applied_as)).toContain("PP4");

  await page.reload();
  await expect(tolk.status).toHaveAttribute("data-state", "idle");
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await expect(page.getByTestId("restored-work")).toContainText("1 variant(s)");
  await select(page, SCN1A);
  await expect(page.getByTestId("criterion-PP4")).toBeChecked();
  await expect(page.getByTestId("report-status")).toHaveValue("report");
  await expect(page.getByTestId("host-warning")).toHaveCount(0);

  // The app's own view of this server: every header, the build's manifest
  // as served, the lab's policy absent (a 404), nothing requested elsewhere.
  await showView(page, "about");
  await expect(page.getByTestId("about-host-verdict")).toHaveAttribute("data-state", "ok");
  const served = await page.request.get("tolk-manifest.json");
  const sha = createHash("sha256").update(await served.body()).digest("hex");
  await expect(page.getByTestId("about-manifest-sha256")).toHaveText(sha);
  await expect(page.getByTestId("about-policy")).toContainText("no minimum version");
  await expect(page.getByTestId("about-requests-summary")).toContainText("0 to any address but");
  expect(noise, "console messages about the response headers").toEqual([]);
});
