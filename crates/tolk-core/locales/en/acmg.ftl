# ACMG/AMP classification: classes, strengths, criteria (Richards et al.
# 2015, shortened), with the inheritance modes, transcript policies and
# report decisions that classification work uses.

class-pathogenic = Pathogenic
class-likely-pathogenic = Likely pathogenic
class-uncertain = Uncertain significance
class-likely-benign = Likely benign
class-benign = Benign
vus-low = VUS (low)
vus-mid = VUS (mid)
vus-high = VUS (high)

strength-supporting = supporting
strength-moderate = moderate
strength-strong = strong
strength-very-strong = very strong
strength-stand-alone = stand-alone

criterion-pvs1 = Null variant in a gene where loss of function is a known disease mechanism
criterion-ps1 = Same amino-acid change as an established pathogenic variant
criterion-ps2 = De novo, maternity and paternity confirmed
criterion-ps3 = Well-established functional studies show a damaging effect
criterion-ps4 = Prevalence in affected individuals significantly above controls
criterion-pm1 = In a mutational hot spot or critical functional domain
criterion-pm2 = Absent or extremely rare in population databases
criterion-pm3 = For recessive disorders, in trans with a pathogenic variant
criterion-pm4 = Protein length change: in-frame indel or stop-loss
criterion-pm5 = Novel missense at a residue where another pathogenic missense is known
criterion-pm6 = Assumed de novo, maternity and paternity not confirmed
criterion-pp1 = Co-segregation with disease in affected family members
criterion-pp2 = Missense in a gene with a low rate of benign missense variation
criterion-pp3 = Computational evidence supports a deleterious effect
criterion-pp4 = Phenotype or family history highly specific for the gene
criterion-pp5 = Reputable source reports pathogenic (retired)
criterion-ba1 = Allele frequency above 5% in population databases
criterion-bs1 = Allele frequency greater than expected for the disorder
criterion-bs2 = Observed in a healthy adult where full penetrance is expected early
criterion-bs3 = Well-established functional studies show no damaging effect
criterion-bs4 = Lack of segregation in affected family members
criterion-bp1 = Missense in a gene where truncation is the mechanism
criterion-bp2 = In trans with a pathogenic variant (dominant) or in cis (any)
criterion-bp3 = In-frame indel in a repeat region without known function
criterion-bp4 = Computational evidence suggests no impact
criterion-bp5 = Found in a case with an alternate molecular cause
criterion-bp6 = Reputable source reports benign (retired)
criterion-bp7 = Synonymous with no predicted splice impact

mode-any = Any inheritance
mode-de-novo = De novo
mode-ar-hom = Autosomal recessive, homozygous
mode-comp-het = Compound heterozygous
mode-ad = Autosomal dominant
mode-x-linked = X-linked

policy-all = All transcripts
policy-canonical = Canonical transcript
policy-mane-select = MANE Select transcript
policy-pick = VEP's PICK flag
policy-preferred = MANE Select, else canonical, else all
basis-mane-select = MANE Select
basis-canonical = canonical (no MANE Select)
basis-pick = VEP's PICK
basis-all = all transcripts (none flagged)
role-proband = Proband
role-father = Father
role-mother = Mother
role-sibling = Sibling
origin-paternal = inherited from the father
origin-maternal = inherited from the mother
origin-both-parents = both parents carry it
origin-de-novo = de novo (neither parent carries it)
qc-no-gq = no GQ
qc-low-gq = GQ below 20
qc-no-dp = no DP
qc-low-dp = DP below 10
qc-skewed-balance = allele balance outside 0.2 to 0.8
qc-hom-alt-balance = homozygous call with allele balance below 0.8
qc-alt-reads = ALT reads in a homozygous-reference call (allele balance 0.02 or more)
frequency-kind-overall = whole population
frequency-kind-group = one group
frequency-kind-max = highest over groups
frequency-kind-filtering = filtering AF
frequency-kind-cohort = cohort
frequency-unused-bottlenecked = a founder or mixed group gnomAD leaves out of popmax
frequency-unused-small-group = groups under 2,000 alleles
frequency-unused-sex-specific = one sex only
frequency-unused-superseded = includes small and bottlenecked groups; its groups are read instead
frequency-unused-switched-off = switched off by the lab

report-report = Report
report-vus-list = VUS to list
report-not-reported = Not reported
confirmation-confirmed = Confirmed by another method
confirmation-pending = Confirmation pending
confirmation-not-required = Not required (the lab's quality criteria)

format-json = JSON
format-markdown = Markdown
format-html = Printable HTML
format-fhir = FHIR R4

# { $mode } is one of the mode- names above.
mode-possible = { $mode } (possible)
mode-with-partners = { $mode } with { $partners }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }
basis-short-mane-select = MANE
basis-short-canonical = canonical
basis-short-pick = PICK
basis-short-all = any transcript

# { $shown } is the number as written (with its sign when signed);
# { $count } its size, for the plural.
points = { $count ->
    [one] { $shown } point
   *[other] { $shown } points
}

zygosity-missing = no call
zygosity-hom-ref = not carried
zygosity-het = heterozygous
zygosity-hom-alt = homozygous
zygosity-hemizygous = hemizygous

## The clinician's answers that suggestions are weighed by

parentage-confirmed = confirmed
parentage-assumed = assumed
specificity-highly-specific = highly specific for the gene
specificity-consistent = consistent with the gene, not highly specific
specificity-heterogeneous = consistent, not highly specific, genetically very heterogeneous
specificity-not-consistent = not consistent with the gene
disorder-moi-unknown = not known
disorder-moi-dominant = dominant
disorder-moi-recessive = recessive
disorder-moi-both = dominant and recessive forms
disorder-moi-x-linked = X-linked
