# Structural variants and copy-number changes.
sv-kind-del = deletion
sv-kind-dup = duplication
sv-kind-inv = inversion
sv-kind-ins = insertion
sv-kind-cnv = copy-number change
sv-kind-bnd = breakend
sv-kind-cpx = complex rearrangement
funnel-step-svtype = Structural variants: { $types }
funnel-step-size-range = { $min } to { $max } bases long
funnel-step-size-min = At least { $min } bases long
funnel-step-size-max = At most { $max } bases long
funnel-step-sv-reads = At least { $min } reads support a structural variant
funnel-sv-coding = a structural variant overlapping a transcript
note-sv-bases = { $count } bases
note-sv-mate = joined to { $mate }
note-sv-imprecise = breakpoints imprecise
note-sv-genes = Genes overlapped
note-sv-copies = Copy number
note-cnv-heading = CNV evidence (ACMG/ClinGen points, Riggs et al. 2020)
note-cnv-class-line = { $class } ({ $points } CNV points, { $table })
note-cnv-problems = The CNV scoring needs a look
cnv-table-loss = copy-number loss table
cnv-table-gain = copy-number gain table
fhir-cnv-implication = ACMG/ClinGen CNV points (Riggs et al. 2020, { $table }): { $items }; { $points } points: { $class }.
table-sv = Structural variant
table-sv-calls = CN · SV reads
note-colophon-cnv = Copy-number changes scored by points are classed by the ACMG/ClinGen CNV scheme (Riggs et al. 2020).
table-sv-call-title = { $role }: copy number { $copies }; reads supporting the structural variant: { $reads }
detail-sv-heading = Structural variant
detail-sv-type = Type
detail-sv-span = Span
detail-sv-size = Size
detail-sv-size-value = { $bases } bases ({ $short })
detail-sv-size-unknown = not given by the caller
detail-sv-breakpoints = Breakpoints
detail-sv-imprecise = imprecise (the caller's estimate)
detail-sv-ci-start = start { $from } to { $to } bp
detail-sv-ci-end = end { $from } to { $to } bp
detail-sv-ci-none = no confidence interval given (CIPOS, CIEND)
detail-sv-mate = Breakend mate
detail-sv-genes = { $count ->
    [one] One gene overlapped
   *[other] { $count } genes overlapped
}
detail-sv-genes-none = The annotation names no gene.
detail-sv-genes-panel = { $count ->
    [0] None of them is in the active panels.
    [one] One of them is in the active panels (marked).
   *[other] { $count } of them are in the active panels (marked).
}
detail-sv-in-panel = in panel
detail-sv-gene-whole = wholly inside
detail-sv-gene-part = partly
detail-sv-coverage-none = How much of each gene it covers is not read from the file; with the lab's dosage list open, its genes are marked wholly inside or partly.
detail-sv-calls = Copy number and supporting reads
detail-sv-calls-none = The file gives no copy number or supporting reads for this variant.
detail-sv-col-gt = Genotype
detail-sv-col-cn = Copy number
detail-sv-col-reads = Supporting reads
filter-sv = Structural variants
filter-sv-types = Structural variant types
filter-sv-only = Structural variants only
filter-sv-only-hint = Ticks every type: small variants are left out
filter-min-size = Size at least (bases)
filter-max-size = Size at most (bases)
filter-size-hint = A structural variant's size in bases; a small variant's is its alleles' length difference. Breakends have no size and are kept.
filter-min-sv-reads = Supporting reads at least
filter-min-sv-reads-hint = Reads supporting a structural variant (Manta PR + SR, Delly DV + RV, Lumpy SU); small variants and calls without counts pass
chart-genome-spans = { $count ->
    [one] One structural variant is drawn as a bar along its span
   *[other] { $count } structural variants are drawn as bars along their spans
} ({ $kinds }).
chart-legend-span-del = deletion: hollow, below
chart-legend-span-dup = duplication: filled, above
chart-legend-span-other = other type: dark, on the line
