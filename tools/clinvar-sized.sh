#!/usr/bin/env bash
# A ClinVar-sized VCF for the knowledge benchmark: the header and records of
# tests/data/knowledge/clinvar-tolk-format.vcf (ClinVar's layout, made by the
# Tolk team) repeated with moving positions to N records (default 3,600,000,
# about a 2025 GRCh38 release), sorted by chromosome, BGZF-compressed as NCBI
# ships it. Real ClinVar is not fetched: no build machine here reaches NCBI.
#
#   tools/clinvar-sized.sh [N] > target/bench/clinvar-sized.vcf.gz
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-3600000}
src=tests/data/knowledge/clinvar-tolk-format.vcf
{
  grep '^#' "$src"
  grep -v '^#' "$src" | awk -F'\t' -v OFS='\t' -v n="$n" '
    { chrom[NR] = $1; line[NR] = $0; rest[NR] = $0; sub(/^[^\t]*\t[^\t]*\t[^\t]*\t/, "", rest[NR]) }
    END {
      per = int(n / 24) + 1; written = 0
      for (c = 1; c <= 24 && written < n; c++) {
        name = c == 23 ? "X" : (c == 24 ? "Y" : c)
        for (i = 0; i < per && written < n; i++) {
          r = i % NR + 1
          printf "%s\t%d\t%d\t%s\n", name, 10000 + i * 37, 1000000 + written, rest[r]
          written++
        }
      }
    }'
} | bgzip -@2 -c
