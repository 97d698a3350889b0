// Writes a plain VEP-annotated VCF of `rows` single-ALT records, for tests
// that need volume (virtualised scrolling, cancel). Deterministic.
import { writeFileSync } from "node:fs";

export function writeSyntheticVcf(path, rows, { padding = 0 } = {}) {
  const head = [
    "##fileformat=VCFv4.2",
    '##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|NOTE">',
    "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO",
  ];
  const terms = ["missense_variant", "intron_variant", "synonymous_variant", "stop_gained"];
  const impacts = ["MODERATE", "MODIFIER", "LOW", "HIGH"];
  const note = "x".repeat(padding);
  const lines = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const t = i % 4;
    lines[i] = `chr1\t${i + 1}\t.\tA\tG\t50\tPASS\tCSQ=G|${terms[t]}|${impacts[t]}|GENE${i % 500}|${note}`;
  }
  writeFileSync(path, head.concat(lines).join("\n") + "\n");
}
