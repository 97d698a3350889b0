// "Saved" means saved, and a shared workstation forgets (issue 28): a full
// quota says "not saved"; two tabs on one case cannot lose either's work;
// an import shows what it would change and asks, and leaves out variants
// the file does not hold; a record this Tolk cannot read survives new work;
// forgetting a case, or everything, leaves nothing of it in the browser;
// saved cases past the retention period are listed and removed; the idle
// lock hides the page; the app refuses to be framed.
import { test, expect } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TolkPage, select, exported, showStart, showView } from "./tolk-page.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DEMO = readFileSync(join(root, "public/demo/tolk-demo-trio.vcf"));
const KEY = `${createHash("sha256").update(DEMO).digest("hex")}:tolk-demo-trio.vcf`;
const SCN1A = "chr2:166003512:C:T";
const DEPDC5 = "chr22:31808245:C:T";

/**
 * Every record of Tolk's IndexedDB store, key to text, after writing
 * `text` under `key` if given (as another Tolk would have).
 */
async function idb(page, put = null) {
  return page.evaluate(
    (put) =>
      new Promise((done, fail) => {
        // The version the app has made (a fresh profile: 1, which the app
        // upgrades to its own).
        const open = indexedDB.open("tolk");
        open.onupgradeneeded = () => open.result.createObjectStore("sessions");
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction("sessions", put ? "readwrite" : "readonly");
          const store = tx.objectStore("sessions");
          if (put) store.put(put[1], put[0]);
          const keys = store.getAllKeys();
          const values = store.getAll();
          tx.oncomplete = () => {
            db.close();
            done(Object.fromEntries(keys.result.map((k, i) => [k, values.result[i]])));
          };
        };
      }),
    put,
  );
}

const stored = (page) => idb(page);
const store = (page, key, text) => idb(page, [key, text]);

async function openDemo(page) {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  return tolk;
}

const status = (page) => page.getByTestId("save-status");

test("with the storage quota at one byte, a change says it is not saved, and nothing comes back", async ({ page, context }) => {
  await openDemo(page);
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: 1 });
  await select(page, SCN1A);
  await page.getByTestId("criterion-PM2").check();
  await expect(status(page)).toHaveAttribute("data-state", "error");
  await expect(status(page)).toContainText("Not saved");
  await expect(status(page)).toContainText("Export the session");
  await cdp.send("Storage.overrideQuotaForOrigin", { origin });
  expect(Object.keys(await stored(page))).toEqual([]);
});

test("two tabs on one case: the second reads only until it takes over, and neither's work is lost", async ({ page, context }) => {
  await openDemo(page);
  await expect(page.getByTestId("access")).toHaveCount(0);
  const second = await context.newPage();
  await openDemo(second);
  await expect(second.getByTestId("access")).toHaveAttribute("data-state", "read-only");

  // The first tab writes; the second cannot.
  await select(page, SCN1A);
  await page.getByTestId("criterion-PM2").check();
  await expect(status(page)).toHaveAttribute("data-state", "saved");
  await select(second, DEPDC5);
  await expect(second.getByTestId("criterion-PP3")).toBeDisabled();

  // Taking over brings the first tab's work, and the first stops writing.
  await second.getByTestId("take-over").click();
  await expect(second.getByTestId("access")).toHaveCount(0);
  await expect(page.getByTestId("access")).toHaveAttribute("data-state", "lost");
  await second.getByTestId("criterion-PP3").check();
  await expect(status(second)).toHaveAttribute("data-state", "saved");
  await select(second, SCN1A);
  await expect(second.getByTestId("criterion-PM2")).toBeChecked();
  await select(page, DEPDC5);
  await expect(page.getByTestId("criterion-PP3")).toBeDisabled();

  const session = JSON.parse((await stored(page))[KEY]);
  expect(Object.keys(session.variants).sort()).toEqual([SCN1A, DEPDC5].sort());
});

test("an import shows what it would change and asks; variants the file lacks are left out; it is marked as imported", async ({ page }) => {
  await openDemo(page);
  await select(page, SCN1A);
  await page.getByTestId("criterion-PM2").check();
  await expect(status(page)).toHaveAttribute("data-state", "saved");
  const session = JSON.parse((await exported(page, "session-export")).text);

  // Forged: a BRCA1 finding the file does not hold, another analyst, and
  // the SCN1A work changed.
  const forged = structuredClone(session);
  forged.analyst = "Someone Else";
  forged.variants[SCN1A].report = "report";
  const brca1 = structuredClone(session.variants[SCN1A]);
  Object.assign(brca1.facts, { chrom: "chr17", pos: 43045712, ref: "G", alt: "A", gene: "BRCA1" });
  forged.variants["chr17:43045712:G:A"] = brca1;
  forged.file.name = "renamed.vcf";
  const asFile = (session) => ({
    name: "forged.tolk-session.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(session)),
  });

  // Changed by hand, its trail no longer matches its work: refused, saying where.
  await page.getByTestId("session-import").setInputFiles(asFile(forged));
  await expect(page.getByTestId("session-notice")).toContainText("audit trail is broken at entry");
  await expect(page.getByTestId("import-review")).toHaveCount(0);
  // Its trail removed: refused over a case that has one.
  delete forged.trail;
  const file = asFile(forged);
  await page.getByTestId("session-import").setInputFiles(file);
  await expect(page.getByTestId("session-notice")).toContainText("has no audit trail, and this case has one");
  // A case with no work yet (forgotten here) takes in a session without a
  // trail, as an older Tolk wrote them: shown first.
  page.once("dialog", (d) => d.accept());
  await page.getByTestId("forget-case").click();
  await expect(status(page)).toHaveAttribute("data-state", "forgotten");

  // Declined: nothing changes.
  await page.getByTestId("session-import").setInputFiles(file);
  const review = page.getByTestId("import-review");
  await expect(review.getByTestId("import-review-added")).toContainText("chr17:43045712:G:A");
  await expect(review.getByTestId("import-review-added")).toContainText(SCN1A);
  await expect(review.getByTestId("import-trail")).toHaveAttribute("data-chain", "absent");
  await expect(review.getByTestId("import-missing")).toContainText("chr17:43045712:G:A");
  await review.getByTestId("import-cancel").click();
  await expect(review).toHaveCount(0);
  await expect(page.getByTestId("report-status")).toHaveValue("");

  // Accepted: the SCN1A change comes in, BRCA1 does not, under the open file's name.
  await page.getByTestId("session-import").setInputFiles(file);
  await page.getByTestId("import-confirm").click();
  await expect(page.getByTestId("session-notice")).toContainText("left out");
  await expect(page.getByTestId("report-status")).toHaveValue("report");
  await expect(status(page)).toHaveAttribute("data-state", "saved");
  const saved = JSON.parse((await stored(page))[KEY]);
  expect(Object.keys(saved.variants)).toEqual([SCN1A]);
  expect(saved.file.name).toBe("tolk-demo-trio.vcf");
  expect(saved.imported.file_name).toBe("forged.tolk-session.json");
  const note = JSON.parse((await exported(page, "export-json")).text);
  expect(note.imported.file_name).toBe("forged.tolk-session.json");
});

test("an oversized import is refused with a clear message", async ({ page }) => {
  await openDemo(page);
  await select(page, SCN1A);
  await page.getByTestId("criterion-PM2").check();
  const session = JSON.parse((await exported(page, "session-export")).text);
  for (let i = 0; i < 5001; i++) session.variants[`chr1:${i + 1}:A:G`] = session.variants[SCN1A];
  const file = { name: "big.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(session)) };
  await page.getByTestId("session-import").setInputFiles(file);
  await expect(page.getByTestId("session-notice")).toContainText("more worked variants than any session Tolk writes");
  await expect(page.getByTestId("import-review")).toHaveCount(0);
});

test("a saved record this Tolk cannot read is kept aside, not written over", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  const newer = JSON.stringify({ schema_version: 999, from: "a newer Tolk", variants: {} });
  await store(page, KEY, newer);
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await expect(status(page)).toContainText("kept aside");
  await select(page, SCN1A);
  await page.getByTestId("criterion-PM2").check();
  await expect(status(page)).toHaveAttribute("data-state", "saved");
  const records = await stored(page);
  const aside = Object.entries(records).filter(([k]) => k.startsWith("aside:") && k.endsWith(KEY));
  expect(aside.map(([, v]) => v)).toEqual([newer]);
  expect(JSON.parse(records[KEY]).variants[SCN1A]).toBeTruthy();
});

test("forgetting the case, then everything, leaves nothing of it in the browser", async ({ page }) => {
  page.on("dialog", (d) => d.accept());
  await openDemo(page);
  await page.getByTestId("analyst").fill("Kari Nordmann");
  await page.getByTestId("analyst").press("Enter");
  await select(page, SCN1A);
  await page.getByTestId("criterion-PM2").check();
  await expect(status(page)).toHaveAttribute("data-state", "saved");
  expect(Object.keys(await stored(page))).toEqual([KEY]);

  await page.getByTestId("forget-case").click();
  await expect(status(page)).toHaveAttribute("data-state", "forgotten");
  expect(await stored(page)).toEqual({});
  await expect(page.getByTestId("criterion-PM2")).not.toBeChecked();

  // Work again, then forget everything: the database, local and session
  // storage are empty, and no cache holds anything but the app's files.
  await page.getByTestId("criterion-PP3").check();
  await expect(status(page)).toHaveAttribute("data-state", "saved");
  await showStart(page);
  await page.getByTestId("workstation").locator("summary").click();
  await page.getByTestId("forget-all").click();
  await expect(page.getByTestId("load-status")).toHaveAttribute("data-state", "idle");
  expect(await stored(page)).toEqual({});
  const kept = await page.evaluate(async () => {
    const cached = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) cached.push(request.url);
    }
    return { local: { ...localStorage }, session: { ...sessionStorage }, cached };
  });
  // What the page writes again on starting holds settings, never the case.
  expect(Object.keys(kept.local).filter((k) => k !== "tolk.panels")).toEqual([]);
  expect(kept.local["tolk.panels"] ?? "[]").toBe("[]");
  expect(kept.session).toEqual({});
  for (const url of kept.cached) expect(url).not.toMatch(/blob:|session/);
});

test("the analyst's name is asked for in each working session, not remembered for the next user", async ({ page, context }) => {
  await openDemo(page);
  await page.getByTestId("analyst").fill("Kari Nordmann");
  await page.getByTestId("analyst").press("Enter");
  const next = await context.newPage();
  await openDemo(next);
  await expect(next.getByTestId("analyst")).toHaveValue("");
  expect(await next.evaluate(() => localStorage.getItem("tolk.analyst"))).toBeNull();
});

test("saved cases past the retention period are listed, then removed", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  const old = JSON.stringify({ schema_version: 4, updated: "2020-01-01T00:00:00.000Z", revision: 3, variants: {} });
  await store(page, "abc:old-case.vcf", old);
  await page.reload();
  const banner = page.getByTestId("retention");
  await expect(banner).toContainText("old-case.vcf");
  await expect(banner).toContainText("28 days");
  await banner.getByTestId("retention-remove").click();
  await expect(banner).toHaveCount(0);
  expect(await stored(page)).toEqual({});
});

test("after the idle time the page hides until the analyst continues", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("tolk.idle-minutes", "0.03"));
  await openDemo(page);
  await expect(page.getByTestId("idle-lock")).toBeVisible({ timeout: 10_000 });
  await expect(page.locator("main")).toHaveAttribute("inert", "");
  await page.getByTestId("idle-continue").click();
  await expect(page.getByTestId("idle-lock")).toHaveCount(0);
  await expect(page.getByTestId("load-status")).toHaveAttribute("data-state", "ready");
});

test.describe("framing", () => {
  // The browser reports the refused frame as a CSP violation: that is the test.
  test.use({ allowedCsp: /frame-ancestors|framed|X-Frame-Options/i });

  test("the app refuses to be framed by another page", async ({ page, baseURL }) => {
    const response = await page.goto("/");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    // Another origin on this machine (another port) frames it.
    const framer = createServer((_, res) =>
      res.writeHead(200, { "Content-Type": "text/html" }).end(`<iframe src="${baseURL}/" width="800" height="600"></iframe>`),
    );
    await new Promise((up) => framer.listen(0, "127.0.0.1", up));
    const refused = page.waitForEvent("console", (m) => /frame-ancestors/.test(m.text()));
    await page.goto(`http://127.0.0.1:${framer.address().port}/`);
    await refused;
    framer.close();
    await expect(page.frameLocator("iframe").getByText("Variant interpretation in your browser")).toHaveCount(0);
  });
});

test("text typed just before a reload is saved as the page goes", async ({ page }) => {
  await openDemo(page);
  await select(page, SCN1A);
  await page.getByTestId("criterion-PM2").check();
  await expect(status(page)).toHaveAttribute("data-state", "saved");
  // No pause for the typing timer: the reload comes at once.
  await showView(page, "note");
  await page.getByTestId("note-conclusion").pressSequentially("Typed last");
  await page.reload();
  const tolk = new TolkPage(page);
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await expect(page.getByTestId("note-conclusion")).toHaveValue("Typed last");
});

test("with encryption on, saved work is unreadable on disk and reads back only with the passphrase", async ({ page }) => {
  await openDemo(page);
  await page.getByTestId("analyst").fill("Kari Nordmann");
  await page.getByTestId("analyst").press("Enter");
  await select(page, SCN1A);
  await page.getByTestId("criterion-PM2").check();
  await expect(status(page)).toHaveAttribute("data-state", "saved");

  // Turned on: what was saved in the clear is sealed, and so is new work.
  await showStart(page);
  await page.getByTestId("workstation").locator("summary").click();
  await page.getByTestId("seal-passphrase").fill("short");
  await page.getByTestId("seal-again").fill("short");
  await page.getByTestId("seal-enable").click();
  await expect(page.getByTestId("seal-message")).toContainText("at least 10 characters");
  await page.getByTestId("seal-passphrase").fill("correct horse battery");
  await page.getByTestId("seal-again").fill("correct horse battery");
  await page.getByTestId("seal-enable").click();
  await expect(page.getByTestId("seal-on")).toBeVisible({ timeout: 20_000 });
  await page.getByTestId("criterion-PP3").check();
  await expect(status(page)).toHaveAttribute("data-state", "saved");
  const raw = (await stored(page))[KEY];
  for (const secret of ["SCN1A", "PROBAND", "Kari Nordmann", SCN1A]) expect(raw).not.toContain(secret);
  expect(JSON.parse(raw).sealed.data.length).toBeGreaterThan(100);

  // A new page knows nothing until the passphrase is given; a wrong one is refused.
  await page.reload();
  const tolk = new TolkPage(page);
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await expect(page.getByTestId("seal-locked")).toBeVisible();
  await expect(page.getByTestId("restored-work")).toHaveCount(0);
  await page.getByTestId("seal-unlock-passphrase").fill("wrong horse battery");
  await page.getByTestId("seal-unlock").click();
  await expect(page.getByTestId("seal-message")).toContainText("not the passphrase");
  await page.getByTestId("seal-unlock-passphrase").fill("correct horse battery");
  await page.getByTestId("seal-unlock").click();
  await expect(page.getByTestId("seal-locked")).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByTestId("restored-work")).toContainText("1 variant(s)");
  await select(page, SCN1A);
  await expect(page.getByTestId("criterion-PM2")).toBeChecked();
  await expect(page.getByTestId("criterion-PP3")).toBeChecked();
});
