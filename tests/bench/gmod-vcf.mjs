// The JavaScript reference in `make bench`: GMOD's @gmod/vcf (the parser
// JBrowse uses) with @gmod/bgzf-filehandle's inflater, in node, doing the
// panel job `tolk view --panel` and `bcftools +split-vep -i` do: inflate the
// BGZF file, parse every record, and keep those with a CSQ entry whose
// SYMBOL is in the panel. Prints one line: `gmod <ms> <records> <kept>`.
//
//   node tests/bench/gmod-vcf.mjs FILE.vcf.gz PANEL.txt
import VCFParser from "@gmod/vcf";
import { unzip } from "@gmod/bgzf-filehandle";
import { readFileSync } from "node:fs";

const [file, panelFile] = process.argv.slice(2);
const panel = new Set(readFileSync(panelFile, "utf8").split("\n").filter(Boolean));
const started = performance.now();
const text = await unzip(readFileSync(file));
const decoder = new TextDecoder();
let header = "";
let parser = null;
let symbol = -1;
let records = 0;
let kept = 0;
// Decoded in pieces cut at line ends: a genome's text is longer than V8's longest string.
for (let at = 0; at < text.length; ) {
  let end = text.lastIndexOf(10, Math.min(at + (16 << 20), text.length - 1));
  end = end < at ? text.length : end + 1;
  for (const line of decoder.decode(text.subarray(at, end)).split("\n")) {
    if (!line) continue;
    if (line.startsWith("#")) {
      header += line + "\n";
      continue;
    }
    if (!parser) {
      parser = new VCFParser({ header });
      const format = /Format: ([^"]+)/.exec(header.match(/##INFO=<ID=CSQ[^\n]*/)?.[0] ?? "")?.[1] ?? "";
      symbol = format.split("|").indexOf("SYMBOL");
    }
    const variant = parser.parseLine(line);
    records += 1;
    const csq = variant.INFO.CSQ ?? [];
    if (csq.some((entry) => panel.has(String(entry).split("|")[symbol]))) kept += 1;
  }
  at = end;
}
console.log(`gmod ${Math.round(performance.now() - started)} ${records} ${kept}`);
