#!/usr/bin/env bash
# `make bench`: prints the engine's speed and memory next to bcftools, on the
# same synthetic files, in the same run. Numbers, not assertions: speed is
# reported, never tested. Needs the release app in dist/ (make build).
#
#   BENCH_RECORDS=100000 BENCH_LARGE_RECORDS=1000000 BENCH_PATIENTS=300 tools/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
records=${BENCH_RECORDS:-100000}
large=${BENCH_LARGE_RECORDS:-1000000}
dir=target/bench
mkdir -p "$dir"
cargo build --release -q -p tolk-cli
tolk=target/release/tolk

synth() { # records -> path of a BGZF file (and the plain and single-gzip copies)
  local n=$1 base="$dir/synth-$1"
  if [ ! -f "$base.vcf.gz" ]; then
    "$tolk" synth --records "$n" --seed 1 > "$base.vcf"
    bgzip -@2 -k -f "$base.vcf"
    gzip -c "$base.vcf" > "$base.single.gz"
  fi
  echo "$base"
}
base=$(synth "$records")
mb=$(( $(stat -c %s "$base.vcf") / 1000000 ))

# A 100-gene panel: the synthetic file's genes plus symbols it does not hold.
genes=$("$tolk" view "$base.vcf.gz" | cut -f5 | sort -u | grep -v -e '^gene$' -e '^\.$' | head -100)
for extra in ACTA2 ACTC1 ACVRL1 AIP ALK APOB BAP1 BMPR1A BRIP1 CACNA1S CASQ2 COL3A1 DICER1 DSC2 DSG2 DSP; do
  [ "$(printf '%s\n' "$genes" | wc -l)" -ge 100 ] && break
  genes=$(printf '%s\n%s' "$genes" "$extra")
done
expr=$(printf '%s\n' "$genes" | sed 's/.*/SYMBOL="&"/' | paste -sd'|' | sed 's/|/ || /g')
printf '%s\n' "$genes" > "$dir/panel-100.txt"
printf 'SYNTH\tPROBAND\tFATHER\tMOTHER\t2\t2\nSYNTH\tFATHER\t0\t0\t1\t1\nSYNTH\tMOTHER\t0\t0\t2\t1\n' > "$dir/trio.ped"

echo "== Native, $records records ($mb MB uncompressed), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
hyperfine -N -w 1 -r "${BENCH_RUNS:-7}" --export-json "$dir/native.json" \
  -n "tolk stats (BGZF, 1 thread)" "$tolk stats --threads 1 $base.vcf.gz" \
  -n "tolk stats (BGZF, $(nproc) threads)" "$tolk stats $base.vcf.gz" \
  -n "tolk stats (plain, $(nproc) threads)" "$tolk stats $base.vcf" \
  -n "tolk view, 100-gene panel + rare-disease + de novo" "$tolk view $base.vcf.gz --panel $dir/panel-100.txt --preset rare-disease --ped $dir/trio.ped --mode de_novo" \
  -n "bcftools view -H" "bcftools view -H $base.vcf.gz -o /dev/null" \
  -n "bcftools +split-vep, 100 genes" "bcftools +split-vep -i '$expr' -f '%CHROM\t%POS\t%SYMBOL\n' -d $base.vcf.gz -o /dev/null" \
  > /dev/null
node -e '
  const r = require(process.argv[1]).results, mb = Number(process.argv[2]), n = Number(process.argv[3]);
  const base = r.find((x) => x.command.startsWith("bcftools +split-vep")).median;
  console.log("| command | median s | min s | MB/s | records/s | vs +split-vep |");
  console.log("|---|---|---|---|---|---|");
  for (const x of r) console.log(`| ${x.command} | ${x.median.toFixed(3)} | ${x.min.toFixed(3)} | ${(mb / x.median).toFixed(0)} | ${(n / x.median / 1000).toFixed(0)}k | ${(base / x.median).toFixed(2)}x |`);
' "$PWD/$dir/native.json" "$mb" "$records"
"$tolk" stats "$base.vcf.gz" | node -e '
  let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
    const j = JSON.parse(s);
    console.log(`store: ${(j.store_bytes / 1e6).toFixed(1)} MB for ${j.variants} variants = ${(j.store_bytes / j.variants).toFixed(0)} bytes per variant (3 samples)`);
  });'

echo
echo "== Browser (headless Chromium), same files"
large_base=$base
if [ "$large" -gt 0 ]; then large_base=$(synth "$large"); fi
node tests/bench/browser-load.mjs "$base.vcf.gz" "$base.single.gz" "$large_base.vcf.gz" "$dir/panel-100.txt" "$dir/trio.ped"
node tests/bench/browser-rank.mjs "$base.vcf.gz" "$dir/trio.ped"

echo
echo "== Knowledge: a ClinVar-sized VCF (tools/clinvar-sized.sh) matched to the same file"
[ -f "$dir/clinvar-sized.vcf.gz" ] || tools/clinvar-sized.sh > "$dir/clinvar-sized.vcf.gz"
hyperfine -N -w 1 -r "${BENCH_RUNS:-7}" \
  -n "tolk view" "$tolk view $base.vcf.gz" \
  -n "tolk view --knowledge clinvar-sized.vcf.gz" "$tolk view $base.vcf.gz --knowledge $dir/clinvar-sized.vcf.gz" \
  | grep -E "^(Benchmark|  Time)"
node tests/bench/browser-knowledge.mjs "$base.vcf.gz" "$dir/clinvar-sized.vcf.gz"

echo
echo "== Phenotype ranking: simulated patients (Phenomizer/LIRICAL style), real files' rows as background"
"$tolk" bench-rank --patients "${BENCH_PATIENTS:-300}" --seed 1

echo
echo "== Audit trail: an edit's cost and a session's check, on sessions grown from a real one"
"$tolk" bench-trail
