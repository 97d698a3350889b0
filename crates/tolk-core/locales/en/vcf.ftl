# What the VCF reader says about a file: the warnings it read past, a line
# each, and the errors that stop it. Column names, field IDs, header keys
# and excerpts of the file are data.

vcf-repeated = { $message } (on { $count } lines; the first is shown)
vcf-line-of = a line of { $size }
vcf-line-too-long = a line of { $size }, more than the { $max } any VCF line needs; skipped
vcf-binary-data = binary data
vcf-no-fileformat = the '##fileformat=VCFv4.x' line is missing; read as VCF anyway
vcf-defined-twice = { $what } is defined twice; the first definition is used
vcf-meta-unreadable = the ##{ $key } line could not be read ('{ $text }'); ignored
vcf-empty-header-line = empty line in the header; ignored
vcf-header-spaces = the column header is separated by spaces, not tabs
vcf-ninth-column = the ninth column is '{ $found }', expected 'FORMAT'
vcf-old-version = the file declares { $version }; Tolk reads VCF 4.0 to 4.4, so older header lines may be ignored
vcf-empty-line = empty line; skipped
vcf-header-after-chrom = header line after the '#CHROM' line; ignored
vcf-not-utf8 = a line is not valid UTF-8; odd bytes shown as �
vcf-columns-spaces = columns are separated by spaces, not tabs
vcf-few-columns = only { $count } of the 8 fixed columns; line skipped
vcf-bad-pos = POS '{ $pos }' is not a position; line skipped
vcf-empty-ref = REF is empty; line skipped
vcf-bad-qual = QUAL '{ $qual }' is not a number; read as missing
vcf-sample-columns = { $found } sample columns, but the header names { $declared } samples
vcf-unknown-contig = chromosome '{ $chrom }' is not among the header's ##contig lines
vcf-unmatched-allele = an annotation entry for allele '{ $allele }' matches no ALT allele; such entries are ignored
vcf-mismatched-allele = an annotation entry's allele '{ $allele }' differs from the record's only ALT; it is read as that ALT's
vcf-unknown-term = unknown consequence term '{ $term }'
vcf-empty-sample = a sample column is empty; read as no call
vcf-bad-gt = FORMAT/GT value '{ $value }' is not a genotype; read as no call
vcf-bad-number = FORMAT/{ $key } value '{ $value }' is not a number; read as missing
vcf-undeclared = { $section } field '{ $key }' is not declared in the header; read as text
vcf-wrong-type = { $section }/{ $key } value '{ $value }' is not { $kind ->
        [Integer] an Integer
       *[other] a Float
    }, as the header declares; read leniently
vcf-flag-with-value = { $section }/{ $key } is declared as a Flag but has a value
vcf-wrong-count = { $section }/{ $key } has { $found } value(s), the header declares Number={ $declared }
vcf-bgzf-no-eof = the BGZF end-of-file marker is missing: the file may be truncated (htslib reports the same)
vcf-no-frequency = no population allele frequency found in the header: AF filters keep every variant, and PM2, BS1 and BA1 are not suggested
vcf-no-frequency-in-use = every population-frequency field found ({ $count }) is switched off: AF filters keep every variant, and PM2, BS1 and BA1 are not suggested

load-error-empty = line 0: the file is empty
load-error-not-vcf = line { $line }: not a VCF file: expected '##fileformat=VCFv4.x', found '{ $found }'
load-error-data-before-header = line { $line }: a data line comes before the '#CHROM' column header line
load-error-no-column-header = line { $line }: the file ends without the '#CHROM POS ID REF ALT QUAL FILTER INFO' header line
load-error-bad-column-header = line { $line }: the column header must start '#CHROM POS ID REF ALT QUAL FILTER INFO', found '{ $found }'
load-error-corrupt = line { $line }: the compressed data is corrupt ({ $detail }); the file is damaged
load-error-truncated = line { $line }: the compressed file ends in the middle of a block; it is truncated (an incomplete download or copy?)
load-error-too-large = line { $line }: the file is larger than this browser can hold: the calls of its { $samples } samples already fill { $megabytes } MB and no more memory is free. Open a part of it: the panel's regions (bcftools view -R regions.bed) or the family's samples (bcftools view -s proband,mother,father)
load-error-unfinished = line { $line }: the file was read in parts, and the part from this line on was not read to the end; open the file again

## Reading in the browser: what can go wrong around the reader

read-no-file = no file was sent to the reader
read-browser-failed = the browser could not read the file: { $reason }
read-not-text = the file is not text
read-file-closed = the file is no longer open
read-no-variant = there is no variant { $row }
read-record-undecodable = this record could not be decoded again
read-part-failed = the file could not be read in parts ({ $reason }); open it again
read-file-changed = the file changed since it was opened: { $read } bytes of text read, { $needed } needed
read-worker-not-started = the file reader could not start in this browser ({ $reason })
read-worker-died-loading = the file reader stopped after { $read } of { $total } ({ $reason }). Either the file needs more memory than this browser gives a page, or this is a fault in Tolk. Saved interpretation work is kept; another file can be opened.
read-worker-died = the file reader stopped ({ $reason }). Open the file again to go on: saved interpretation work comes back with it.
hash-worker-not-started = the checksum worker could not start ({ $reason })
hash-failed = the file's checksum could not be computed ({ $reason })
hash-worker-died = the checksum worker stopped ({ $reason })

## Side files: gene panels and PED files

file-error-line = line { $line }: { $message }
ped-columns = { $count } columns; a PED line has six: family, individual, father, mother, sex, phenotype
ped-listed-twice = individual "{ $id }" of family "{ $family }" is listed twice
ped-own-parent = individual "{ $id }" is named as their own parent
ped-nobody = the file lists nobody
family-none-in-file = none of the { $count } individuals in the PED file is a sample in this VCF (its samples: { $samples })
family-proband-missing = the proband "{ $id }" is not both in the PED file and a sample in this VCF
family-no-affected = no affected individual in the PED file is a sample in this VCF; choose the proband
panel-empty = the file holds no genes or regions
panel-bed-columns = a BED line needs chrom, start and end, separated by tabs
panel-bed-bad-start = the start "{ $value }" is not a whole number
panel-bed-bad-end = the end "{ $value }" is not a whole number
panel-bed-end-before-start = the end { $end } is not after the start { $start }
panel-not-a-symbol = "{ $symbol }" is not a gene symbol
panel-scout-no-header = a gene row before the "#hgnc_id" header line
panel-scout-bad-id = "{ $id }" is not an HGNC number
panel-bad-json = this is not valid JSON: { $reason }
panel-not-panelapp = a PanelApp file holds a panel object or a list of panels
panel-no-genes = panel { $number } has no "genes" list: is this a PanelApp panel?
panel-file-empty = the file is empty
panel-no-symbol-column = no "Gene Symbol" column
panel-row-without-symbol = a gene row without a gene symbol

## Side files: phenopackets (GA4GH Phenopacket Schema version 2, JSON)

# { $path } is where in the file, as a JSON path: proband.phenotypicFeatures[3].type.id
phenopacket-at = { $path }: { $message }
phenopacket-bad-json = this is not valid JSON: { $reason } (line { $line }, column { $column })
phenopacket-not-phenopacket = neither a phenopacket nor a family: a phenopacket is a JSON object with "subject" and "phenotypicFeatures", a family one with "proband"
phenopacket-cohort = a cohort of { $count ->
    [one] one phenopacket
   *[other] { $count } phenopackets
}; Tolk reads one phenopacket, or one family
phenopacket-version-1 = Phenopacket Schema version { $version }; Tolk reads version 2, so convert the file first (phenopacket-tools: pxf convert)
phenopacket-version-1-field = a field of Phenopacket Schema version 1; Tolk reads version 2, so convert the file first (phenopacket-tools: pxf convert)
phenopacket-version-unknown = Phenopacket Schema version "{ $version }" is not one Tolk reads; it reads version 2
phenopacket-missing = required, but missing
phenopacket-not-object = should be a JSON object
phenopacket-not-list = should be a list (a JSON array)
phenopacket-not-text = should be text (a JSON string)
phenopacket-not-true-false = should be true or false
phenopacket-bad-term-id = "{ $id }" is not a term id of the form PREFIX:LOCAL, such as HP:0001250
phenopacket-bad-value = "{ $value }" is not one of { $allowed }
vcf-sv-end-before-pos = END { $end } lies before POS; the variant is read as ending where its alleles do
vcf-sv-bad-number = INFO/{ $key } of a structural variant is not a number (or a pair of numbers); it is left out
