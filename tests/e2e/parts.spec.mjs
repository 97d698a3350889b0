// Issue 3, a file read in parts: the engine worker cuts the records into
// parts, parsing helpers (`?parsers=N`) parse them, the engine joins them.
// The page must show exactly what the engine alone shows: the same counts,
// store, rows, and warnings at the same line numbers, also for a line in
// the last part. The file is made here from a real VEP file's records,
// repeated to some 12 MB (three parts of 4 MiB).
import { test, expect } from "./fixtures.mjs";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { crc32, deflateRawSync, gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TolkPage } from "./tolk-page.mjs";

const data = resolve(dirname(fileURLToPath(import.meta.url)), "../data");

function largeFile() {
  const text = gunzipSync(readFileSync(join(data, "vep/bystro-trio.trim.vep.vcf.gz"))).toString();
  const lines = text.split("\n").filter((l) => l);
  const header = lines.filter((l) => l.startsWith("#"));
  const records = lines.filter((l) => !l.startsWith("#"));
  const out = [...header];
  for (let copy = 0; out.join("\n").length < 12_000_000 && copy < 200; copy++) {
    for (const record of records) {
      const fields = record.split("\t");
      fields[1] = String(Number(fields[1]) + copy * 10_000_000);
      out.push(fields.join("\t"));
    }
  }
  // A bad position near the end, in the last part.
  const bad = out.length - 5;
  out.splice(bad, 0, "2\tten\t.\tA\tG\t.\tPASS\t.");
  const dir = mkdtempSync(join(tmpdir(), "tolk-parts-"));
  const bytes = Buffer.from(out.join("\n") + "\n");
  writeFileSync(join(dir, "repeated.vcf"), bytes);
  writeFileSync(join(dir, "repeated.vcf.gz"), bgzf(bytes));
  return { dir, badLine: bad + 1, records: out.length - header.length };
}

/** `text` as BGZF (SAMv1 4.1), blocks of 60,000 text bytes and the EOF block, as bgzip writes it. */
function bgzf(text) {
  const blocks = [];
  for (let at = 0; at < text.length; at += 60_000) {
    const piece = text.subarray(at, at + 60_000);
    const body = deflateRawSync(piece);
    const header = Buffer.from([0x1f, 0x8b, 8, 4, 0, 0, 0, 0, 0, 0xff, 6, 0, 0x42, 0x43, 2, 0, 0, 0]);
    header.writeUInt16LE(header.length + body.length + 8 - 1, 16);
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc32(piece), 0);
    trailer.writeUInt32LE(piece.length, 4);
    blocks.push(header, body, trailer);
  }
  const eof = "1f8b08040000000000ff0600424302001b0003000000000000000000";
  return Buffer.concat([...blocks, Buffer.from(eof, "hex")]);
}

// The text, and the same text as BGZF, which helpers read in ranges of
// blocks (tolk_core::parts::ranges): each inflates its own blocks.
test("a file read in parts or in ranges by helper workers shows what the engine alone shows", async ({ page }) => {
  test.setTimeout(240_000);
  const { dir, badLine, records } = largeFile();
  const tolk = new TolkPage(page);
  const seen = {};
  for (const [file, query] of [
    ["repeated.vcf", "?parsers=0"],
    ["repeated.vcf", "?parsers=2"],
    ["repeated.vcf.gz", "?parsers=0"],
    ["repeated.vcf.gz", "?parsers=2"],
  ]) {
    const path = join(dir, file);
    await page.goto(`/${query}`);
    await expect(tolk.status).toHaveAttribute("data-state", "idle");
    await tolk.open(path);
    await expect(tolk.status).toHaveAttribute("data-state", "ready", { timeout: 60_000 });
    await expect(tolk.status).toHaveAttribute("data-records", String(records));
    const warnings = page.getByTestId("warnings");
    await warnings.locator("summary").click();
    await expect(warnings).toContainText(`Line ${badLine}: POS 'ten' is not a position`);
    await expect(tolk.rows.first()).toBeVisible();
    const parsers = page.workers().filter((w) => w.url().includes("parser_loader.js")).length;
    expect(parsers, "helpers started as asked").toBe(query === "?parsers=2" ? 2 : 0);
    seen[`${file}${query}`] = {
      count: await tolk.count.getAttribute("data-count"),
      store: await tolk.status.getAttribute("data-store-bytes"),
      warnings: await warnings.innerText(),
      // The first rows: how many are drawn depends on the grid's height,
      // which the open warnings list above it takes from.
      rows: (await tolk.rows.evaluateAll((rows) => rows.map((r) => r.dataset.key))).slice(0, 8),
    };
  }
  // One ALT per record in this file; the bad line is skipped.
  const alone = seen["repeated.vcf?parsers=0"];
  expect(Number(alone.count)).toBe(records - 1);
  expect(seen["repeated.vcf?parsers=2"]).toEqual(alone);
  expect(seen["repeated.vcf.gz?parsers=0"]).toEqual(alone);
  expect(seen["repeated.vcf.gz?parsers=2"]).toEqual(alone);
});
