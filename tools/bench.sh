#!/usr/bin/env bash
# `make bench`: prints the engine's speed and memory next to bcftools,
# bgzip, @gmod/vcf and the browsers' own DecompressionStream, on a file of
# real VEP records tiled to exome size and on synthetic files, in one run;
# Chromium and Firefox ESR side by side. Numbers, not assertions: speed is
# reported, never tested. Needs the release app in dist/ (make build).
#
#   BENCH_RECORDS=100000 BENCH_LARGE_RECORDS=1000000 BENCH_GENOME_RECORDS=5000000 BENCH_PATIENTS=300 tools/bench.sh
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

# One line: the store's size and bytes per variant of FILE, as `tolk stats` reports them.
store_line() {
  "$tolk" stats "$1" | node -e '
    let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
      const j = JSON.parse(s);
      console.log(`store: ${(j.store_bytes / 1e6).toFixed(1)} MB for ${j.variants} variants = ${(j.store_bytes / j.variants).toFixed(0)} bytes per variant (${j.samples.length} samples)`);
    });'
}

# Chromium and Firefox ESR side by side: each FILE (comma-separated) opened RUNS times, one table row per browser and file.
browsers() {
  echo "| browser | file | median ms | min ms | records | store bytes | wasm memory bytes |"
  echo "|---|---|---|---|---|---|---|"
  for browser in chrome firefox; do
    node tests/firefox/flows.mjs --browser "$browser" --bench "$1" --measure "$2" |
      awk '/^bench / { n = split($3, p, "/"); printf "| %s | %s | %s | %s | %s | %s | %s |\n", $2, p[n], $4, $5, $6, $7, $8 }'
  done
}

# The exome-sized file of real VEP records (tools/exome-sized.sh) and a
# 100-gene panel: the first 100 symbols of a real Scout panel, 38 of which
# the file holds (a fifth of its records).
exome=$dir/exome-sized.vcf.gz
[ -f "$exome" ] || tools/exome-sized.sh 100000 > "$exome"
grep -v '^#' tests/data/panels/scout-panel_1.txt | cut -f2 | sort -u | head -100 > "$dir/exome-panel-100.txt"
exome_expr=$(sed 's/.*/SYMBOL="&"/' "$dir/exome-panel-100.txt" | paste -sd'|' | sed 's/|/ || /g')
exome_mb=$(( $(bgzip -dc "$exome" | wc -c) / 1000000 ))
echo "== Native, the exome-sized file: 100,000 real VEP records ($exome_mb MB of text), 100-gene panel, $(nproc) cores"
hyperfine -N -w 1 -r "${BENCH_RUNS:-7}" --export-json "$dir/exome.json" \
  -n "tolk view --panel (1 thread)" "$tolk view $exome --panel $dir/exome-panel-100.txt --threads 1" \
  -n "tolk view --panel ($(nproc) threads)" "$tolk view $exome --panel $dir/exome-panel-100.txt" \
  -n "tolk stats (load only, $(nproc) threads)" "$tolk stats $exome" \
  -n "bcftools +split-vep, 100 genes" "bcftools +split-vep -i '$exome_expr' -f '%CHROM\t%POS\t%SYMBOL\n' $exome -o /dev/null" \
  -n "bcftools view -H" "bcftools view -H $exome -o /dev/null" \
  -n "bgzip -d" "bgzip -dc $exome" \
  > /dev/null
node -e '
  const r = require(process.argv[1]).results, mb = Number(process.argv[2]);
  const base = r.find((x) => x.command.startsWith("bcftools +split-vep")).median;
  console.log("| command | median s | min s | MB/s | split-vep / this |");
  console.log("|---|---|---|---|---|");
  for (const x of r) console.log(`| ${x.command} | ${x.median.toFixed(3)} | ${x.min.toFixed(3)} | ${(mb / x.median).toFixed(0)} | ${(base / x.median).toFixed(2)}x |`);
' "$PWD/$dir/exome.json" "$exome_mb"
node tests/bench/gmod-vcf.mjs "$exome" "$dir/exome-panel-100.txt" |
  awk '{ printf "@gmod/vcf in node (%s), the same panel job: %.3f s, %d records, %d kept\n", "'"$(node --version)"'", $2 / 1000, $3, $4 }'
store_line "$exome"
echo
echo "== Headless Chromium, the exome-sized file: load to ready against DecompressionStream inflating the same text"
[ -f "$dir/exome-sized.single.gz" ] || bgzip -dc "$exome" | gzip -c > "$dir/exome-sized.single.gz"
node tests/bench/browser-load.mjs "$exome" "$dir/exome-sized.single.gz" "$exome" "$dir/exome-panel-100.txt" tests/data/families/scout-643594.ped --load-only

echo
echo "== Browsers side by side: the exome-sized file and ${large} synthetic records, load to ready (median of 3)"
large_base=$base
if [ "$large" -gt 0 ]; then large_base=$(synth "$large"); fi
browsers "$PWD/$exome,$PWD/$large_base.vcf.gz" 3

genome=${BENCH_GENOME_RECORDS:-5000000}
if [ "$genome" -gt 0 ]; then
  echo
  echo "== Genome scale: $genome synthetic records (tolk synth), native and in both browsers (one run each)"
  g=$dir/synth-$genome.vcf.gz
  [ -f "$g" ] || "$tolk" synth --records "$genome" --seed 1 --bgzf > "$g"
  hyperfine -N -r 1 -n "tolk stats ($(nproc) threads)" "$tolk stats $g" | grep -E "^(Benchmark|  Time)"
  store_line "$g"
  browsers "$PWD/$g" 1
fi

echo
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
store_line "$base.vcf.gz"
echo
echo "== Browser (headless Chromium), same files"
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
