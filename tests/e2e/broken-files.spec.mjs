// Issue 9, broken and extreme files: each ends in a clear message (what, and
// where) or loads with a warning, never a frozen or crashed tab, and the app
// opens the next file. The files are made here, from their description.
import { test, expect } from "./fixtures.mjs";
import { readFileSync, writeFileSync, openSync, writeSync, closeSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TolkPage } from "./tolk-page.mjs";

const data = resolve(dirname(fileURLToPath(import.meta.url)), "../data");
const HEADER = "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
/** htslib's 28-byte BGZF end-of-file block. */
const BGZF_EOF = Buffer.from("1f8b08040000000000ff0600424302001b0003000000000000000000", "hex");

/** A deterministic stand-in for "binary garbage": bytes of every value. */
function garbage(length) {
  const bytes = Buffer.alloc(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

async function expectError(tolk, text, { timeout } = {}) {
  await expect(tolk.status).toHaveAttribute("data-state", "error", { timeout });
  await expect(tolk.status).toContainText(text);
  await expect(tolk.status.getByRole("alert")).toBeVisible();
}

async function expectWarning(page, text) {
  const warnings = page.getByTestId("warnings");
  await warnings.locator("summary").click();
  await expect(warnings).toContainText(text);
}

test("small broken files, one after another in one page, each say what and where", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  const bgzf = readFileSync(join(data, "vep/bystro-trio.trim.vep.vcf.gz"));
  const open = (name, buffer) => tolk.fileInput.setInputFiles({ name, mimeType: "application/octet-stream", buffer });

  await open("empty.vcf", Buffer.alloc(0));
  await expectError(tolk, "the file is empty");

  await open("garbage.vcf", garbage(200_000));
  await expectError(tolk, "line 1: not a VCF file");

  // Binary garbage behind a gzip signature: the inflater says so.
  await open("garbage.vcf.gz", Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), garbage(50_000)]));
  await expectError(tolk, /compressed data is corrupt|not a VCF/);

  await open("header-only.vcf", Buffer.from(HEADER));
  await tolk.expectReady({ records: 0, samples: 0 });
  await expect(tolk.count).toHaveAttribute("data-count", "0");

  await open("no-column-header.vcf", Buffer.from("##fileformat=VCFv4.2\n##INFO=<ID=DP,Number=1,Type=Integer>\n"));
  await expectError(tolk, "line 2: the file ends without the '#CHROM");

  await open("cut.vcf.gz", bgzf.subarray(0, bgzf.length >> 1));
  await expectError(tolk, /line \d+: the compressed file ends in the middle of a block/);

  expect(bgzf.subarray(-BGZF_EOF.length).equals(BGZF_EOF)).toBe(true);
  await open("no-eof.vcf.gz", bgzf.subarray(0, bgzf.length - BGZF_EOF.length));
  await tolk.expectReady({ records: 146 });
  await expectWarning(page, "the BGZF end-of-file marker is missing");

  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
});

test("100,000 header lines load", async ({ page }, info) => {
  const path = info.outputPath("many-headers.vcf");
  const contigs = Array.from({ length: 100_000 }, (_, i) => `##contig=<ID=scaffold${i},length=1000>`);
  writeFileSync(path, `##fileformat=VCFv4.2\n${contigs.join("\n")}\n${HEADER.split("\n")[1]}\nscaffold7\t10\t.\tA\tG\t50\tPASS\t.\n`);
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(path);
  await tolk.expectReady({ records: 1 });
  await expect(page.locator('[data-key="scaffold7:10:A:G"]')).toBeVisible();
});

test("a single line of 100 MB is skipped with a warning naming it, and the rest loads", async ({ page }, info) => {
  const path = info.outputPath("long-line.vcf");
  const fd = openSync(path, "w");
  writeSync(fd, `${HEADER}chr1\t10\t.\tA\tG\t50\tPASS\tNOTE=`);
  const slab = Buffer.alloc(1_000_000, "A");
  for (let i = 0; i < 100; i++) writeSync(fd, slab);
  writeSync(fd, "\nchr1\t20\t.\tC\tT\t50\tPASS\t.\n");
  closeSync(fd);
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(path);
  await tolk.expectReady({ records: 2 });
  await expect(tolk.count).toHaveAttribute("data-count", "1");
  await expectWarning(page, "Line 3: a line of 100.0 MB, more than the 64.0 MB any VCF line needs; skipped");
});

test("10,000 samples load, and the status names a dozen of them", async ({ page }, info) => {
  const samples = Array.from({ length: 10_000 }, (_, i) => `S${i}`);
  const lines = [
    "##fileformat=VCFv4.2",
    '##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">',
    `#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t${samples.join("\t")}`,
  ];
  for (let r = 0; r < 200; r++) {
    const calls = samples.map((_, i) => ((i + r) % 7 === 0 ? "0/1" : "0/0"));
    lines.push(`chr1\t${100 + r}\t.\tA\tG\t50\tPASS\t.\tGT\t${calls.join("\t")}`);
  }
  const path = info.outputPath("10k-samples.vcf");
  writeFileSync(path, lines.join("\n") + "\n");
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(path);
  await tolk.expectReady({ records: 200, samples: 10_000 });
  await expect(tolk.status).toContainText("10,000 samples: S0, S1,");
  await expect(tolk.status).toContainText("and 9,988 more");
  await page.locator('[data-key="chr1:100:A:G"]').click();
  await expect(page.getByTestId("variant-detail")).toHaveAttribute("data-state", "ready");
  await expect(page.getByTestId("sample-row")).toHaveCount(10_000);
});

test("a file larger than the browser can hold stops with a message naming the line, and the next file opens", async ({ page }, info) => {
  // 1,000 samples and 100 ALTs per record: each record is 100,000 calls
  // (600 kB in the store) from 4 kB of text, so some 7,000 records fill the
  // engine's 4 GiB. 10,000 records, gzip-compressed to well under 1 MB.
  test.setTimeout(300_000);
  const samples = Array.from({ length: 1000 }, (_, i) => `S${i}`).join("\t");
  const alts = Array.from({ length: 100 }, (_, i) => "ACGT"[i % 4].repeat(1 + (i >> 2))).join(",");
  const calls = Array.from({ length: 1000 }, () => "0/0").join("\t");
  const lines = ["##fileformat=VCFv4.2", '##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">'];
  lines.push(`#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t${samples}`);
  for (let r = 0; r < 10_000; r++) lines.push(`chr1\t${1000 + r}\t.\tN\t${alts}\t50\tPASS\t.\tGT\t${calls}`);
  const path = info.outputPath("cohort.vcf.gz");
  writeFileSync(path, gzipSync(lines.join("\n") + "\n", { level: 9 }));
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.open(path);
  // Filling 4 GiB takes 14 s alone here, and over 30 s beside other tests.
  const started = Date.now();
  await expectError(tolk, /line \d+: the file is larger than this browser can hold/, { timeout: 200_000 });
  console.log(`larger than the browser can hold: refused after ${Date.now() - started} ms`);
  await expect(tolk.status).toContainText("bcftools view -R");
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
});

test("if the engine's worker dies, the page says so and the next file opens in a fresh one", async ({ page }) => {
  const tolk = new TolkPage(page);
  await tolk.goto();
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  // An uncaught error in the worker, as a trap in its wasm would raise.
  const worker = page.workers().find((w) => /\/worker(_loader)?\.js/.test(w.url()));
  await worker.evaluate(() => setTimeout(() => {
    throw new Error("simulated fault");
  }));
  await expectError(tolk, "the file reader stopped");
  await expect(tolk.status).toContainText("simulated fault");
  await expect(tolk.status).toContainText("Open the file again");
  await tolk.openDemo();
  await tolk.expectReady({ records: 16 });
  await page.locator('[data-key="chr2:166003512:C:T"]').click();
  await expect(page.getByTestId("variant-detail")).toHaveAttribute("data-state", "ready");
});
