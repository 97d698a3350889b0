# Copy-number variants: the ACMG/ClinGen points scheme (Riggs et al. 2020).

cnv-dosage-loss = copy-number loss
cnv-dosage-gain = copy-number gain

## Items alike in both tables (sections 1, 4 and 5).

cnv-item-1a = Contains protein-coding or other known functionally important elements
cnv-item-1b = Contains no protein-coding or known functionally important elements
cnv-item-4a = Reported de novo proband with a highly specific phenotype, relatively unique to the gene or region (per proband)
cnv-item-4b = Reported de novo proband with a phenotype consistent with the gene or region, highly specific but not necessarily unique to it (per proband)
cnv-item-4c = Reported de novo proband with a phenotype consistent with the gene or region, but not highly specific or of high genetic heterogeneity (per proband)
cnv-item-4d = Reported de novo proband with a phenotype not consistent with the gene or region, or not consistent in general (per proband)
cnv-item-4e = Reported proband with a highly specific, consistent phenotype, inheritance unknown (per proband)
cnv-item-4f = Segregates with the phenotype in the family: 3–4 observed segregations
cnv-item-4g = Segregates with the phenotype in the family: 5–6 observed segregations
cnv-item-4h = Segregates with the phenotype in the family: 7 or more observed segregations
cnv-item-4i = Not found in an affected relative with a consistent, specific, well-defined phenotype, no known phenocopies (per family)
cnv-item-4j = Found in a relative unaffected by the proband's specific, well-defined phenotype (per family)
cnv-item-4k = Found in a relative unaffected by the proband's nonspecific phenotype (per family)
cnv-item-4l = Significantly more frequent in cases with a consistent, specific phenotype than in controls (per study)
cnv-item-4m = Significantly more frequent in cases with a nonspecific or unknown phenotype than in controls (per study)
cnv-item-4n = No significant difference between cases and controls (per study)
cnv-item-4o = Overlaps common population variation
cnv-item-5a = De novo in the patient (scored as 4A–4D)
cnv-item-5b = Inherited from an apparently unaffected parent; the patient's phenotype is specific and well defined, no family history
cnv-item-5c = Inherited from an apparently unaffected parent; the patient's phenotype is nonspecific, no family history
cnv-item-5d = Segregates with a consistent phenotype in the patient's family (scored as 4F–4H)
cnv-item-5e = Does not segregate in the patient's family (scored as 4I–4K)
cnv-item-5f = Inheritance unavailable or uninformative
cnv-item-5g = Inheritance unavailable; nonspecific phenotype, consistent with similar cases
cnv-item-5h = Inheritance unavailable; highly specific phenotype, consistent with similar cases

## Copy-number loss, sections 2 and 3.

cnv-loss-2a = Complete overlap of an established haploinsufficient gene or region
cnv-loss-2b = Partial overlap of an established haploinsufficient region, causative gene or critical region not shown to be involved
cnv-loss-2c-1 = Partial overlap of the 5′ end of an established HI gene, coding sequence involved
cnv-loss-2c-2 = Partial overlap of the 5′ end of an established HI gene, only the 5′ UTR involved
cnv-loss-2d-1 = Partial overlap of the 3′ end of an established HI gene, only the 3′ UTR involved
cnv-loss-2d-2 = Only the last exon of an established HI gene, with other established pathogenic variants in it
cnv-loss-2d-3 = Only the last exon of an established HI gene, with no other established pathogenic variants in it
cnv-loss-2d-4 = The 3′ end of an established HI gene including other exons than the last; nonsense-mediated decay expected
cnv-loss-2e = Both breakpoints within the same gene (intragenic): scored by PVS1's strength
cnv-loss-2f = Completely contained within an established benign CNV region
cnv-loss-2g = Overlaps an established benign CNV but includes more genomic material
cnv-loss-2h = Two or more haploinsufficiency predictors suggest at least one gene in the interval is haploinsufficient
cnv-loss-3a = 0–24 protein-coding genes
cnv-loss-3b = 25–34 protein-coding genes
cnv-loss-3c = 35 or more protein-coding genes

## Copy-number gain, sections 2 and 3.

cnv-gain-2a = Complete overlap: an established triplosensitive gene or minimal critical region fully contained
cnv-gain-2b = Partial overlap of an established triplosensitive region, causative gene or critical region not shown to be involved
cnv-gain-2c = Identical in gene content to an established benign copy-number gain
cnv-gain-2d = Smaller than an established benign gain; breakpoints do not interrupt protein-coding genes
cnv-gain-2e = Smaller than an established benign gain; a breakpoint may interrupt a protein-coding gene
cnv-gain-2f = Larger than a known benign gain, with no additional protein-coding genes
cnv-gain-2g = Overlaps a benign gain but includes more genomic material
cnv-gain-2h = An established haploinsufficient gene fully contained in the gain
cnv-gain-2i = Both breakpoints within the same established HI gene: scored by PVS1's strength
cnv-gain-2j = One breakpoint within an established HI gene; phenotype inconsistent with its loss of function, or unknown
cnv-gain-2k = One breakpoint within an established HI gene; phenotype highly specific and consistent with its loss of function
cnv-gain-2l = One or both breakpoints within genes of no established clinical significance
cnv-gain-3a = 0–34 protein-coding genes
cnv-gain-3b = 35–49 protein-coding genes
cnv-gain-3c = 50 or more protein-coding genes

cnv-pvs1-very-strong = PVS1
cnv-pvs1-strong = PVS1_Strong
cnv-pvs1-moderate = PVS1_Moderate or PM4
cnv-pvs1-supporting = PVS1_Supporting
cnv-pvs1-na = PVS1 not applicable

cnv-origin-de-novo = De novo
cnv-origin-inherited-unaffected = Inherited from an unaffected parent
cnv-origin-inherited-affected = Inherited from an affected parent
cnv-origin-unknown = Inheritance unknown

## Problems with a scoring.

cnv-problem-unknown = { $code } is not an item of the { $dosage } table.
cnv-problem-range = { $code } is given { $points } points; its range is { $min } to { $max }.
cnv-problem-repeat = { $code } is scored once; it is applied more than once.
cnv-problem-exclusive = Only one of { $codes } applies.
cnv-note-capped = { $codes } together give { $points } points; they count at most { $max }.

## Suggestions' evidence.

cnv-evidence-no-genes = The CNV overlaps no gene, nor any established dosage-sensitive gene.
cnv-evidence-genes = The CNV overlaps { $count ->
    [one] 1 gene
   *[other] { $count } genes
}: { $genes }
cnv-evidence-more-genes = { " " }and { $count } more
cnv-evidence-hi-contained = Established haploinsufficient (ClinGen HI score 3) and wholly inside the loss: { $genes }
cnv-evidence-ts-contained = Established triplosensitive (ClinGen TS score 3) and wholly inside the gain: { $genes }
cnv-evidence-gain-hi-contained = Established haploinsufficient genes duplicated whole (no points; continue): { $genes }
cnv-evidence-gene-count = { $count ->
    [one] 1 protein-coding gene
   *[other] { $count } protein-coding genes
} wholly or partly included: { $code }.
cnv-evidence-gene-count-any = { $count ->
    [one] 1 gene
   *[other] { $count } genes
} named by the annotation (the file gives no biotypes: every gene counted, not only protein-coding ones): { $code }.
cnv-evidence-common = Seen in the population at a frequency of { $af } (gnomAD-SV), at or above { $limit }.
cnv-evidence-de-novo = Absent from both parents: de novo, offered as assumed de novo (0.30), since the file does not confirm parentage. Scored as 4A-4D: confirmed de novo with a highly specific, consistent phenotype 0.45; lower for a less specific phenotype.
cnv-evidence-inherited-specific = Inherited from a parent recorded as unaffected: if the patient's phenotype is specific and well defined, with no family history, 5B.
cnv-evidence-inherited-nonspecific = Inherited from a parent recorded as unaffected: if the patient's phenotype is nonspecific, with no family history, 5C.
cnv-evidence-inheritance-unknown = The parents' copy number is not known: inheritance is unavailable.

## The CNV points checklist in the classification panel.

cnv-heading = Copy-number variant: ACMG/ClinGen points (Riggs et al. 2020)
cnv-table = Scoring table
cnv-choose-loss = Copy-number loss (deletion)
cnv-choose-gain = Copy-number gain (duplication)
cnv-table-found = The file shows a { $dosage }.
cnv-table-hint = Items worded alike in both tables (sections 1, 4 and 5) move with a switch; nothing is saved until an item is applied.
cnv-table-locked = To score by the other table, remove the items of sections 2 and 3 first: they mean other things there.
cnv-total = Total
cnv-nothing-applied = No item applied yet.
cnv-unknown-heading = Applied items the table lacks
cnv-suggest-heading = Suggested from the file
cnv-suggest-nothing = Nothing to suggest from the file: score the items below.
cnv-suggest-not-read = The file does not show this variant as a copy-number change: nothing to suggest.
cnv-apply = Apply
cnv-applied = Applied
cnv-apply-label = Apply { $code } at { $points }
cnv-applied-label = { $code } applied
cnv-section-1 = 1. Initial assessment of genomic content
cnv-section-2 = 2. Overlap with dosage-sensitive or benign genes or regions
cnv-section-3 = 3. Number of protein-coding genes
cnv-section-4 = 4. Detailed evaluation: literature, databases, the lab's own data
cnv-section-5 = 5. Inheritance and family history of the patient
cnv-section-applied = { $count } applied
cnv-points-range = { $points } (range { $min } to { $max })
cnv-points-each = { $points } each (range { $min } to { $max }; { $total_min } to { $total_max } in all)
cnv-points-label = Points for { $code }
cnv-points-label-nth = Points for { $code }, application { $n }
cnv-comment = Comment
cnv-comment-label = Comment on { $code }
cnv-comment-label-nth = Comment on { $code }, application { $n }
cnv-add = Add another
cnv-add-label = Add another application of { $code }
cnv-remove = Remove
cnv-remove-label = Remove { $code }
cnv-remove-label-nth = Remove application { $n } of { $code }
cnv-class-by-points = By CNV points: { $points } → { $class }
cnv-class-acmg-aside = A copy-number variant is classed by its CNV points; the sequence-variant criteria below do not decide its class.
comments-cnv = CNV item { $code }, { $points } points
cnv-item-several = Applied more than once: take each away with its own Remove.
