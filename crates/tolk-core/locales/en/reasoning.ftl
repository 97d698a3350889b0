# What the engine says about a variant and a view: the evidence behind a
# suggestion, its reasoning and questions (acmg::suggest), the counting
# notes (acmg::classify), and the funnel of filters (view). Codes, field
# names, values and consequence terms are data and stay as written.

## Lists

list-or = {" or "}
list-comma-or = {", or "}

## Evidence: field names and values that are words

evidence-absent = not found
evidence-pm2-rule = not found, or at most { $max }
evidence-pm2-rule-recessive = not found, or at most { $max } (recessive disorder)
evidence-pm2-max = at most { $max }
evidence-pm2-max-recessive = at most { $max } (recessive disorder)
evidence-spliceai = SpliceAI (max delta)
evidence-cadd-context = CADD (context, not calibrated)
evidence-mane-select = MANE Select
evidence-canonical = canonical
evidence-pm3-field = GT of the trio; ClinVar of the other variant
evidence-in-trans-with = in trans with { $variant } ({ $clinvar })
evidence-phase-unknown-with = with { $variant } ({ $clinvar }), phase unknown
evidence-de-novo-field = SVI de novo points
evidence-de-novo-points = parentage { $parentage }; phenotype { $specificity }
evidence-svi-points = { $points } point(s)
evidence-pm3-rule = in trans, other variant pathogenic or likely pathogenic
evidence-homozygous-proband = homozygous in the affected proband, parents heterozygous
evidence-splice-dinucleotide = changes the canonical ±1/±2 dinucleotide
evidence-frequency-sources = population frequency in { $fields }
evidence-not-found = not found (whether the position is covered is not known)
evidence-frequency-field = { $field } ({ $database }, { $kind })
evidence-frequency-field-unnamed = { $field } ({ $kind })
evidence-call = { $zygosity } (DP { $dp }, GQ { $gq }, AB { $ab })
evidence-qc-passed = passes trio QC (GQ ≥ 20, DP ≥ 10, allele balance in range)

## Suggestions: reasoning and questions

suggest-this-gene = this gene
suggest-pvs1-ask-mechanism = Is loss of function a known disease mechanism for { $gene }? PVS1 applies only if it is.
suggest-pvs1-loftee-lc = LOFTEE calls this loss of function low confidence: check its filters and flags.
suggest-pvs1-other-transcript = This is neither the MANE Select nor the canonical transcript: PVS1 needs the variant to be null in a biologically relevant transcript.
suggest-pvs1-deleted = The whole transcript or an exon is deleted.
suggest-pvs1-last-exon = In the last exon ({ $n } of { $count }): nonsense-mediated decay is not expected.
suggest-pvs1-removes-much = It removes about { $percent }% of the protein (more than 10%): strong.
suggest-pvs1-removes-little = It removes about { $percent }% of the protein (10% or less): moderate, unless the region is critical.
suggest-pvs1-ask-critical = Is the removed region critical to the protein's function? Then strong.
suggest-pvs1-ask-how-much = How much of the protein is removed, and is it critical? More than 10% or critical: strong.
suggest-pvs1-penultimate-exon = In the penultimate exon ({ $n } of { $count }): decay is expected unless the change lies in the exon's last 50 nucleotides.
suggest-pvs1-ask-last-50 = Is it within the last 50 nucleotides of the penultimate exon? Then decay is not expected: strong or moderate.
suggest-pvs1-exon = In exon { $n } of { $count }: nonsense-mediated decay is expected.
suggest-pvs1-ask-no-exon = The file gives no exon number: is nonsense-mediated decay expected?
suggest-pvs1-last-intron = At a canonical splice site of the last intron ({ $n } of { $count }): skipping the last exon escapes decay.
suggest-pvs1-ask-last-intron = Does the change keep the reading frame, and is the affected region critical? Strong if critical or more than 10% of the protein, else moderate.
suggest-pvs1-splice-site = At a canonical +/-1,2 splice site: exon skipping or a cryptic site usually disrupts the reading frame.
suggest-pvs1-ask-splice-frame = Is the reading frame disrupted and decay expected? If the skipped exon keeps the frame, strong (critical region) or moderate.
suggest-pvs1-start-lost = Start codon lost: the decision tree gives moderate, or supporting when no pathogenic variants lie upstream of the nearest in-frame start.
suggest-pvs1-ask-start = Is there an alternative in-frame start codon, and are pathogenic variants known upstream of it?
suggest-pm2-absent = Not found in the population-frequency sources in use (whether they cover the position is not known): PM2 at supporting (ClinGen SVI 2020).
suggest-pm2-rare = Extremely rare in the population databases: PM2 at supporting (ClinGen SVI 2020).
suggest-ba1 = Common in a population: stand-alone benign.
suggest-bs1 = More frequent than expected for the disorder (set the threshold for the disorder).
suggest-pm2-ask = Is the frequency low enough for the disorder's inheritance and prevalence?
suggest-ba1-ask = Is this one of the known common pathogenic exceptions (such as HFE p.Cys282Tyr)?
suggest-bs1-ask = Is the threshold right for this disorder's prevalence and penetrance?
suggest-pp3-revel = REVEL { $score } reaches the { $strength } threshold for PP3 (Pejaver 2022).
suggest-bp4-revel = REVEL { $score } reaches the { $strength } threshold for BP4 (Pejaver 2022).
suggest-bp4-ask-splicing = The file has no SpliceAI score: is a splicing effect ruled out?
suggest-pp3-spliceai = SpliceAI { $score } predicts a splice effect (ClinGen SVI splicing, Walker 2023).
suggest-bp4-spliceai = SpliceAI { $score } predicts no splice effect (ClinGen SVI splicing, Walker 2023).
suggest-bp7 = Synonymous, and SpliceAI predicts no splice impact.
suggest-bp7-ask = Is the nucleotide outside the conserved splice region (not -1 to -3 of the exon end)?
suggest-pm4 = The protein's length changes: an in-frame indel or a lost stop codon.
suggest-pm4-ask = Is it in a repetitive region without known function? Then BP3 applies instead.
suggest-de-novo = De novo in the trio: { $points } SVI de novo point(s) for the parentage and phenotype set below (ClinGen SVI recommendation for PS2 & PM6, v1.1).
suggest-de-novo-ask = Are maternity and paternity confirmed (PS2), or assumed (PM6)? How specific is the phenotype for this gene? The strength follows the points: 0.5 supporting, 1 moderate, 2 strong, 4 very strong.
suggest-de-novo-recessive = The disorder is recessive and no second pathogenic allele is in trans: one level weaker (SVI de novo v1.1).
suggest-pm3 = The parents' genotypes put the two variants on different copies of the gene: { $points } SVI PM3 point(s) (ClinGen SVI recommendation for PM3, v1.0).
suggest-pm3-phase-unknown = The other variant is in the same gene, but whether it is on the other copy is not known: { $points } SVI PM3 point(s).
suggest-pm3-ask-recessive = Is the disorder recessive? PM3 applies only to recessive disorders.
suggest-pm3-ask = Is the other variant's classification confirmed in your own assessment?
suggest-pm3-homozygous = A homozygous occurrence counts { $points } SVI PM3 point(s) (ClinGen SVI recommendation for PM3, v1.0; at most 1.0 from all homozygous cases).
suggest-pm3-homozygous-ask = Is homozygosity explained by consanguinity or a deletion on the other copy?
suggest-bs2 = { $role } is unaffected and homozygous for this variant.
suggest-bs2-ask = Is the disorder recessive (or X-linked, for a hemizygous male) and fully penetrant by the age of { $role }? Only then does BS2 apply.

## Evidence words of sessions saved by earlier versions (their decisions
## keep the evidence as it was shown, so these must still word it)

evidence-population-af = population AF (highest of { $fields })
evidence-de-novo = proband carries it; both parents confidently homozygous reference
evidence-parents-gq = parents' GQ >= { $min }

## Suggestions: what was looked at and not suggested

suggest-remark-pp3-beside-pvs1 = PP3/BP4 are not suggested beside PVS1: the same effect would be counted twice.
suggest-remark-bp7-no-spliceai = BP7 needs a splice prediction; the file has no SpliceAI score.
suggest-remark-no-frequencies = The file carries no population frequencies: PM2, BS1 and BA1 cannot be suggested.
suggest-remark-revel-between = REVEL { $score } lies between the PP3 and BP4 thresholds: neither applies.
suggest-remark-no-revel = Missense, but the file has no REVEL score: PP3/BP4 by REVEL cannot be suggested.
suggest-remark-bp4-splice = REVEL points to BP4, but SpliceAI predicts a splice effect: BP4 is not suggested.
suggest-remark-pm3-common = PM3 is not suggested: the variant is too frequent for a recessive disorder's allele.
suggest-remark-de-novo-possible = De novo is possible but not proven (a parent is missing, uncalled or uncertain): PM6 is not suggested.
suggest-remark-in-trans-unclassified = In trans with { $variant }: PM3 applies once that variant is classified pathogenic or likely pathogenic.
suggest-remark-ba1-exception = Common, but { $variant } is on the ClinGen SVI BA1 exception list (Ghosh et al. 2018): BA1 and BS1 are not suggested.
suggest-remark-bp4-in-frame = BP4 is not suggested from SpliceAI alone for an in-frame change: a splicing prediction says nothing of the change to the protein.
suggest-remark-de-novo-no-points = De novo, but the phenotype as set gives { $points } SVI de novo point(s), under the 0.5 that supporting needs: no PS2 or PM6.
suggest-remark-pm3-dominant = PM3 is not suggested: the disorder is dominant. In trans with a pathogenic variant in a fully penetrant dominant disorder is BP2 evidence.
suggest-remark-pm3-few-points = PM3 is not suggested: this observation gives { $points } SVI PM3 point(s), under the 0.5 that supporting needs.
suggest-remark-proband-lacks = The proband does not carry this variant (homozygous reference): nothing is suggested.
suggest-remark-proband-no-call = The proband has no call here: check the reads before relying on these suggestions.
suggest-remark-pvs1-non-coding = PVS1 is not suggested: the relevant transcript { $transcript } is { $biotype }, not protein-coding.
suggest-remark-splice-site-intact = PVS1 is not suggested: { $hgvs } leaves the canonical ±1/±2 splice dinucleotide in place (Abou Tayoun 2018). Judge the splice effect by SpliceAI or RNA evidence.
suggest-remark-splice-site-unknown = PVS1 is not suggested: the HGVS ({ $hgvs }) does not show whether the canonical ±1/±2 splice dinucleotide is altered. Apply it by hand if it is.
suggest-remark-possible-mosaicism = { $role }: { $failure }. Possible parental mosaicism: check the reads.
suggest-remark-call-doubtful = { $role }: { $failure }. The call does not count as it stands.

## Counting notes

classify-given-twice = { $code } was given more than once; it counts once, as { $counted }.
classify-retired-zero = { $code } is retired: it counts 0 points ({ $source }).
classify-ba1-stand-alone = BA1 is stand-alone: the variant is benign whatever else applies, unless it is one of the known common pathogenic exceptions (such as HFE p.Cys282Tyr); then do not apply BA1.
classify-systems-disagree = The points ({ $points }) give { $class }; the 2015 combining rules give { $class2015 }.
classify-pm1-pp3-capped = PM1 and PP3 together count at most as strong: { $pp3 } counts as { $capped } ({ $source }).
classify-pm1-pp3-dropped = PM1 and PP3 together count at most as strong: { $pp3 } does not count beside { $pm1 } ({ $source }).
classify-pp3-with-pvs1 = { $criterion } does not count beside PVS1: the same loss of function would be counted twice ({ $source }).
classify-pm4-with-pvs1 = { $criterion } does not count beside PVS1: a change of protein length is part of the null effect PVS1 counts ({ $source }).
classify-one-de-novo = PS2 and PM6 are one line of de novo evidence: { $kept } counts, { $dropped } does not ({ $source }).
classify-computational-cap = Computational evidence counts at most as strong: { $criterion } counts as { $capped } ({ $source }).
classify-bp4-with-pm4 = BP4 beside PM4: if BP4 rests on a splicing prediction alone, it says nothing of the in-frame change PM4 counts; it should rest on a protein-level prediction ({ $source }).
classify-pp4-with-de-novo = PP4 beside PS2 or PM6: the SVI de novo points already weigh how specific the phenotype is for the gene; PP4 for the same phenotype counts it twice. Keep PP4 only if it rests on other findings ({ $source }).
classify-2015-no-benign-very-strong = The 2015 rules have no benign very strong: { $criterion } is counted there as strong.
classify-2015-no-benign-moderate = The 2015 rules have no benign moderate: { $criterion } is counted there as supporting.
classify-2015-contradict = By the 2015 rules the pathogenic and benign criteria contradict: uncertain significance.

## The funnel of filters

funnel-step-file = In the file
funnel-step-panel = In panel ({ $genes } { $genes ->
        [one] gene
       *[other] genes
    }{ $regions ->
        [0] {""}
        [one] , 1 region
       *[other] , { $regions } regions
    })
funnel-step-pass = FILTER is PASS
funnel-step-carrier-proband = Carried by the proband
funnel-step-carrier-any = Carried by a sample
funnel-step-at-least = { $name } at least { $min }
funnel-step-dp = Depth (DP) at least { $min }
funnel-step-gq = Genotype quality (GQ) at least { $min }
funnel-step-ab = Heterozygous allele balance { $low } to { $high }
funnel-step-af = Population AF below { $max }
funnel-step-clinvar = ClinVar: { $names }
funnel-step-regions = In { $regions }
funnel-step-search = Matching “{ $text }”
search-not-understood = “{ $text }” is not a gene, a position (chr17:43045702, 17-43045702-A-G, 17:43000000-43100000), a dbSNP id (rs80357906) or an HGVS description (c.5266dup, NM_007294.4:c.5266dup, p.Gln1756fs, p.R1699W)
search-unread = The search could not read the file again: { $reason }
funnel-impact = { $impacts } impact
funnel-splice-region = in the splice region
view-note-needs-proband = { $mode } needs a proband: import a PED file or choose the family's samples. Inheritance was not applied.
view-note-parent-missing = A parent's genotypes are not in the file, so inheritance can only be "possible", not proven.
view-note-dominant-needs-affected-parent = No parent is marked affected: an inherited dominant variant needs an affected parent, so this mode finds nothing here. A dominant variant in this child would be de novo: use the de novo mode.
