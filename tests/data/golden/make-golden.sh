#!/usr/bin/env bash
# Regenerates the golden files in this folder with bcftools 1.16, the
# reference the engine is checked against (crates/tolk-core/tests/golden.rs).
# Run from tests/data:  bash golden/make-golden.sh
#
# *.split-vep.tsv  one line per (ALT, transcript), from
#   bcftools +split-vep -d -f '%CHROM\t%POS\t%REF\t%ALT\t%SYMBOL\t%Consequence\t%HGVSc\t%HGVSp\n'
# *.acan.tsv       per record: AC (per ALT) and AN, from bcftools +fill-tags
#   (an independent count of the GT alleles the engine reads)
# (Not the polyploid test files: bcftools +fill-tags miscounts ploidy above 2;
# see golden.rs.)
# tolk-synth-400.vcf.gz was made with `tolk synth --records 400 --seed 7 | bgzip`.
set -euo pipefail
# file:INFO key (VEP may write under ANN).
split_vep=(vep/vembrane-vep110-csq.vcf:CSQ vep/scout-vep104-one-record.vcf:CSQ vep/vembrane-alphamissense.vcf:ANN
  vep/vembrane-spliceai.vcf:ANN vep/vembrane-vep-in-ANN.vcf:ANN golden/tolk-synth-400.vcf.gz:CSQ
  ../../public/demo/tolk-demo-trio.vcf:CSQ)
for entry in "${split_vep[@]}"; do
  f=${entry%:*}
  bcftools +split-vep -a "${entry##*:}" -d -f '%CHROM\t%POS\t%REF\t%ALT\t%SYMBOL\t%Consequence\t%HGVSc\t%HGVSp\n' "$f" \
    > "golden/$(basename "${f%%.vcf*}").split-vep.tsv"
done
acan=(vep/bystro-trio.trim.vep.vcf.gz snpeff/cyvcf2-ann-csq-189samples.vcf.gz
  edge/test-haploidX.vcf families/gemini-test.comp_het.vcf
  golden/tolk-synth-400.vcf.gz ../../public/demo/tolk-demo-trio.vcf)
for f in "${acan[@]}"; do
  bcftools +fill-tags "$f" -- -t AC,AN | bcftools query -f '%CHROM\t%POS\t%REF\t%ALT\t%AC\t%AN\n' \
    > "golden/$(basename "${f%%.vcf*}").acan.tsv"
done
# sv/*.sv.tsv     per record: SVTYPE, END and SVLEN as written, from bcftools
#   query (the type, span and size the engine reads, checked in
#   crates/tolk-core/tests/structural.rs)
# sv/*.genes.tsv  one line per (ALT, annotation entry): the gene symbol, from
#   bcftools +split-vep (the genes a structural variant overlaps)
mkdir -p golden/sv
for f in sv/*.vcf sv/*.vcf.gz edge/pyvcf3-example-4.1-sv.vcf edge/genmod-test_vcf_sv_same_pos.vcf; do
  name=$(basename "${f%%.vcf*}")
  bcftools query -f '%CHROM\t%POS\t%ALT\t%INFO/SVTYPE\t%INFO/END\t%INFO/SVLEN\n' "$f" > "golden/sv/$name.sv.tsv" 2>/dev/null \
    || rm -f "golden/sv/$name.sv.tsv"
  if bcftools +split-vep -l "$f" >/dev/null 2>&1; then
    # (bcftools 1.16 crashes on puzzle's file, which has no contig lines.)
    bcftools +split-vep -d -f '%CHROM\t%POS\t%ALT\t%SYMBOL\n' "$f" > "golden/sv/$name.genes.tsv" \
      || rm -f "golden/sv/$name.genes.tsv"
  fi
done
