#!/usr/bin/env bash
# Regenerates expected-counts.tsv: what bcftools 1.16 (the reference reader)
# says about every VCF in this folder. Run from this folder:
#   bash expected-counts.sh > expected-counts.tsv
# Columns: path, data records (`bcftools view -H | wc -l`), samples
# (`bcftools query -l | wc -l`), or "error" where bcftools refuses the file.
set -u
printf 'path\trecords\tsamples\n'
find . -name '*.vcf' -o -name '*.vcf.gz' | sort | while read -r f; do
  f=${f#./}
  if body=$(bcftools view -H "$f" 2>/dev/null); then
    records=$(printf '%s' "$body" | grep -c '')
    samples=$(bcftools query -l "$f" 2>/dev/null | grep -c '')
    printf '%s\t%s\t%s\n' "$f" "$records" "$samples"
  else
    printf '%s\terror\terror\n' "$f"
  fi
done
