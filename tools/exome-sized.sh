#!/usr/bin/env bash
# An exome-sized VCF of real clinical annotation for the speed benchmark: the
# 680 records of tests/data/families/scout-643594.clinical.vcf.gz (a MIP trio
# with VEP's full CSQ, about 4 KB per record; see tests/data/SOURCES.md)
# repeated at shifted positions to N records (default 100,000, about 400 MB
# of text), sorted as the source is, BGZF-compressed as pipelines ship it.
# The records are real pipeline output; only POS moves, so every CSQ, FORMAT
# and INFO field is as the pipeline wrote it.
#
#   tools/exome-sized.sh [N] > target/bench/exome-sized.vcf.gz
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
src=tests/data/families/scout-643594.clinical.vcf.gz
{
  zcat "$src" | grep '^#'
  zcat "$src" | grep -v '^#' | awk -F'\t' -v OFS='\t' -v n="$n" '
    { if (!($1 in order)) order[$1] = ++chroms; rank[NR] = order[$1]; pos[NR] = $2; line[NR] = $0 }
    END {
      for (k = 0; k * NR < n; k++)
        for (r = 1; r <= NR && k * NR + r <= n; r++) {
          rest = line[r]; sub(/^[^\t]*\t[^\t]*\t/, "", rest)
          split(line[r], f, "\t")
          printf "%d\t%s\t%d\t%s\n", rank[r], f[1], pos[r] + k * 1009, rest
        }
    }' | sort -t$'\t' -k1,1n -k3,3n -S 1G | cut -f2-
} | bgzip -@2 -c
