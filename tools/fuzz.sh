#!/usr/bin/env bash
# Fuzzes the parsers of everything a user opens (fuzz/fuzz_targets): the
# VCF loader and record decoder, annotation values, PED, panels, session
# files. Each target starts from the real files in tests/data and runs for
# SECONDS (default 30); a crash fails the run, with the input saved under
# fuzz/artifacts/ and the command that replays it printed by cargo fuzz.
#
#   tools/fuzz.sh [SECONDS]        (`make fuzz`: 30 s each, in `make test`)
#
# cargo-fuzz drives libFuzzer through -Z flags; RUSTC_BOOTSTRAP lets the
# stable toolchain take them (a new machine has no nightly). Safe Rust has
# no memory errors for AddressSanitizer to find, so it is off (-s none):
# the build and the runs are faster, and what is sought is panics,
# overflows (debug assertions are on), hangs and runaway memory.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
export RUSTC_BOOTSTRAP=1
corpus=fuzz/corpus

seed() { # seed TARGET FILE...: copies files of at most 256 kB into the target's corpus
  local target="$1"
  shift
  mkdir -p "$corpus/$target"
  for f in "$@"; do
    [ "$(stat -c %s "$f")" -le 262144 ] && cp "$f" "$corpus/$target/seed-$(basename "$f")"
  done
  return 0
}
vcfs=(tests/data/vep/*.vcf* tests/data/snpeff/*.vcf* tests/data/edge/*.vcf* tests/data/families/*.vcf public/demo/*.vcf)
seed vcf "${vcfs[@]}"
mkdir -p "$corpus/annotation"
for f in tests/data/vep/*.vcf tests/data/snpeff/*.vcf public/demo/*.vcf; do
  # Data lines only: the target writes its own header.
  grep -v '^#' "$f" | head -c 65536 > "$corpus/annotation/seed-$(basename "$f")" || true
done
seed ped tests/data/families/*.ped public/demo/*.ped
seed panel tests/data/panels/* public/demo/*.json
seed session tests/data/note/*.session.json

cd fuzz
cargo fuzz build -s none
log=$(mktemp)
for target in vcf annotation ped panel session; do
  echo "fuzz: $target for ${seconds} s"
  if ! cargo fuzz run -s none "$target" "corpus/$target" -- \
    -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 -timeout=20 -print_final_stats=1 >"$log" 2>&1; then
    grep -v '^#' "$log" | tail -40
    echo "fuzz: $target FAILED; the input is in fuzz/artifacts/$target/"
    exit 1
  fi
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$log"
done
