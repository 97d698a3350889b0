# Reading ClinVar's own VCF (NCBI's clinvar.vcf.gz) for a case's sites:
# why a file is refused. The line is shown beside the message; header
# lines, columns and values from the file are data.

clinvar-file-not-vcf = not a VCF file: the first line should be '##fileformat=VCFv4.x', found '{ $found }'. Open clinvar.vcf.gz as NCBI publishes it
clinvar-file-not-clinvar = a VCF, but not ClinVar's: its header has neither '##source=ClinVar' nor ClinVar's CLNSIG field. Open clinvar.vcf.gz as NCBI publishes it
clinvar-file-no-info = the '#CHROM' line has no INFO column, so this is not ClinVar's VCF: ClinVar's classifications are in INFO
clinvar-file-record-before-header = a record before the '#CHROM' column header line
clinvar-file-few-columns = { $count } columns where ClinVar's VCF has 8 (CHROM POS ID REF ALT QUAL FILTER INFO)
clinvar-file-bad-position = POS '{ $found }' is not a position
clinvar-file-bad-id = ID '{ $found }' is not a ClinVar Variation ID
clinvar-file-no-column-header = the file ends before its '#CHROM' line: it is empty or cut short (an incomplete download?)
