# In-place explanations for a clinician in training: each criterion, filter
# and chart in two or three sentences, and (.source) the guideline or paper
# it comes from. Citations are the same in every language.

explain-about = About { $topic }
explain-source = Source: { $source }

## The criteria (Richards et al. 2015, Table 3 and 4, with the ClinGen SVI
## recommendations that refine them)

explain-criterion-pvs1 = A null variant (nonsense, frameshift, canonical ±1 or 2 splice site, start codon, exon deletion) in a gene where loss of function is a known cause of the disease. Its strength follows the ClinGen decision tree: is nonsense-mediated decay expected, and is the lost part of the protein critical?
    .source = Richards et al. 2015; Abou Tayoun et al. 2018 (ClinGen SVI PVS1)
explain-criterion-ps1 = The same amino acid change as a variant already established as pathogenic, whatever the nucleotide change. Make sure the known variant does not act through splicing instead.
    .source = Richards et al. 2015; Walker et al. 2023 (ClinGen SVI splicing)
explain-criterion-ps2 = De novo in a patient with the disease and no family history, with maternity and paternity confirmed. ClinGen weighs it by how well the phenotype fits and how many de novo cases are known.
    .source = Richards et al. 2015; ClinGen SVI de novo recommendation (2018)
explain-criterion-ps3 = A well-established functional study, in vitro or in vivo, shows a damaging effect. The assay must be validated with known pathogenic and benign controls; its strength follows from them.
    .source = Richards et al. 2015; Brnich et al. 2019 (ClinGen SVI PS3/BS3)
explain-criterion-ps4 = The variant is much more common in affected people than in controls (odds ratio above 5, confidence interval not including 1), or is seen in several unrelated patients with a rare phenotype.
    .source = Richards et al. 2015
explain-criterion-pm1 = Located in a mutational hot spot or a critical, well-established functional domain without benign variation. Together with PP3 it counts at most as strong, since both often measure the same thing.
    .source = Richards et al. 2015; Pejaver et al. 2022
explain-criterion-pm2 = Absent from population databases, or extremely rare for a recessive disorder. ClinGen applies it at supporting strength by default, because absence is weak evidence on its own.
    .source = Richards et al. 2015; ClinGen SVI PM2 recommendation (2020)
explain-criterion-pm3 = For a recessive disorder: found in trans (on the other copy of the gene) with a pathogenic variant. ClinGen gives points by the other variant's class and whether phase is proven; a homozygous occurrence counts half.
    .source = Richards et al. 2015; ClinGen SVI PM3 recommendation (2019)
explain-criterion-pm4 = The protein's length changes: an in-frame deletion or insertion outside a repeat region, or a lost stop codon.
    .source = Richards et al. 2015
explain-criterion-pm5 = A new missense change at an amino acid where a different missense change is known to be pathogenic.
    .source = Richards et al. 2015
explain-criterion-pm6 = Assumed de novo: absent from both parents, but maternity and paternity are not confirmed.
    .source = Richards et al. 2015; ClinGen SVI de novo recommendation (2018)
explain-criterion-pp1 = Segregates with the disease in several affected relatives, in a gene known to cause it. The strength grows with the number of informative meioses.
    .source = Richards et al. 2015; Jarvik and Browning 2016
explain-criterion-pp2 = A missense variant in a gene with little benign missense variation, where missense variants commonly cause the disease.
    .source = Richards et al. 2015
explain-criterion-pp3 = Computational evidence supports a damaging effect. ClinGen asks for one calibrated tool, such as REVEL for missense and SpliceAI for splicing, whose score sets the strength (supporting to strong).
    .source = Richards et al. 2015; Pejaver et al. 2022; Walker et al. 2023
explain-criterion-pp4 = The patient's phenotype or family history is highly specific for a disease with a single genetic cause.
    .source = Richards et al. 2015
explain-criterion-pp5 = A reputable source reports the variant as pathogenic without sharing its evidence. Retired: ClinGen advises against using it; weigh the evidence itself instead.
    .source = Richards et al. 2015; Biesecker and Harrison 2018 (ClinGen SVI)
explain-criterion-ba1 = Allele frequency above 5% in a large continental population. Benign on its own, except for a short list of known common pathogenic variants (such as HFE p.Cys282Tyr).
    .source = Richards et al. 2015; Ghosh et al. 2018 (ClinGen SVI BA1)
explain-criterion-bs1 = The allele frequency is higher than the disorder allows, given its prevalence, penetrance and genetic heterogeneity. Set the threshold for the disorder at hand.
    .source = Richards et al. 2015; Whiffin et al. 2017
explain-criterion-bs2 = Seen in a healthy adult (homozygous for a recessive, heterozygous for a dominant, hemizygous for an X-linked disorder) where full penetrance at an early age is expected.
    .source = Richards et al. 2015
explain-criterion-bs3 = A well-established functional study shows no damaging effect on the protein or on splicing.
    .source = Richards et al. 2015; Brnich et al. 2019 (ClinGen SVI PS3/BS3)
explain-criterion-bs4 = Does not segregate with the disease in affected relatives. Beware of phenocopies and reduced penetrance.
    .source = Richards et al. 2015
explain-criterion-bp1 = A missense variant in a gene where mainly truncating variants cause the disease.
    .source = Richards et al. 2015
explain-criterion-bp2 = Seen in trans with a pathogenic variant for a fully penetrant dominant disorder, or in cis with a pathogenic variant whatever the inheritance.
    .source = Richards et al. 2015
explain-criterion-bp3 = An in-frame deletion or insertion in a repetitive region without known function.
    .source = Richards et al. 2015
explain-criterion-bp4 = Computational evidence suggests no effect. ClinGen asks for a calibrated tool: REVEL at or below 0.290 for missense, SpliceAI at or below 0.1 for splicing.
    .source = Richards et al. 2015; Pejaver et al. 2022; Walker et al. 2023
explain-criterion-bp5 = Found in a patient whose disease already has another molecular explanation.
    .source = Richards et al. 2015
explain-criterion-bp6 = A reputable source reports the variant as benign without sharing its evidence. Retired: ClinGen advises against using it.
    .source = Richards et al. 2015; Biesecker and Harrison 2018 (ClinGen SVI)
explain-criterion-bp7 = A synonymous variant that splice prediction says has no effect, at a nucleotide that is not highly conserved. ClinGen extends it to deep intronic variants.
    .source = Richards et al. 2015; Walker et al. 2023 (ClinGen SVI splicing)

## The filters

explain-filter-pass = The FILTER column says PASS when the variant caller's own quality checks passed; other values name the check that failed.
    .source = VCF 4.3 specification, section 1.6.1
explain-filter-carrier = Keeps a variant only where the proband carries the ALT allele (heterozygous, homozygous or hemizygous); without a family, where some sample does. A parent's variant the proband did not inherit cannot explain the proband's disorder. A missing call is kept, and counted, since the reads may still show it.
    .source = ACMG/AMP 2015 (Richards et al.), section "Evaluating variants in the context of the family"; genmod and slivar filter trios the same way
explain-filter-qual = QUAL is the caller's confidence that the variant is real, on the Phred scale: 20 means 1 in 100 chance of being wrong, 30 means 1 in 1,000.
    .source = VCF 4.3 specification, section 1.6.1
explain-filter-dp = Read depth: how many reads cover the position in the sample. Few reads make a genotype unreliable; 10 or more is a common minimum in exomes.
    .source = VCF 4.3 specification; Koboldt 2020
explain-filter-gq = Genotype quality: the confidence that the genotype is right, on the Phred scale. GQ 20 means 99% confidence.
    .source = VCF 4.3 specification
explain-filter-ab = Allele balance: the share of reads showing the variant in a heterozygous call. A germline heterozygote is near 0.5; far from it suggests an artefact or mosaicism.
    .source = Koboldt 2020
explain-filter-af = Keeps variants rarer than this in the population databases the file carries (the highest of its frequency fields). A variant that causes a rare disease is itself rare.
    .source = Richards et al. 2015; Whiffin et al. 2017
explain-filter-cadd = CADD ranks how deleterious a change is among all possible ones: 20 means the top 1%, 30 the top 0.1%. It is not calibrated for ACMG and is shown as context.
    .source = Rentzsch et al. 2019
explain-filter-revel = REVEL scores missense variants from 0 to 1. ClinGen calibrated it: 0.644 and above supports PP3, 0.290 and below supports BP4.
    .source = Ioannidis et al. 2016; Pejaver et al. 2022
explain-filter-spliceai = SpliceAI predicts how much a variant changes splicing, from 0 to 1. 0.2 and above supports a splice effect; 0.1 and below supports none.
    .source = Jaganathan et al. 2019; Walker et al. 2023
explain-filter-impact = The annotator's impact class for the worst consequence: HIGH (stop gained, frameshift, canonical splice site), MODERATE (missense, in-frame), LOW (synonymous, splice region), MODIFIER (intronic, intergenic).
    .source = Ensembl VEP documentation; Sequence Ontology
explain-filter-clinvar = What ClinVar submitters have said about this variant, as annotated in the file. It is others' classification, not yours: check the review status and the date.
    .source = Landrum et al. 2018 (ClinVar)
explain-filter-regions = Keeps variants inside the regions typed here, written chr:start-end with 1-based positions, as in the VCF.
    .source = VCF 4.3 specification
explain-filter-inheritance = Keeps variants whose genotypes in the family fit the mode: de novo, recessive homozygous, compound heterozygous, dominant or X-linked. Without a parent's genotypes a fit can only be possible, not proven.
    .source = Richards et al. 2015 (PS2, PM3, BS2); Paila et al. 2013 (GEMINI)

## The charts

explain-chart-consequences = How many variants in view have each worst consequence, under the transcript policy chosen; the colour is the impact class.
    .source = Ensembl VEP documentation; Sequence Ontology
explain-chart-funnel = How many variants remain after each filter, top to bottom, on a log scale so the last steps stay visible. It is the narrowing the note reports.
    .source = Each filter's explanation names its source
explain-chart-genome = Where the variants in view lie along each chromosome; variants in the panel's genes are marked in orange-red. Clusters can point to a region of homozygosity or an artefact.
    .source = Genome Reference Consortium (GRCh38, GRCh37)
explain-chart-af-score = Population frequency (log scale) against REVEL or CADD. Rare and predicted damaging variants gather at the upper left; the lines mark the PP3 and BP4 thresholds.
    .source = Pejaver et al. 2022; Karczewski et al. 2020 (gnomAD)
explain-chart-quality = Per sample: read depth, genotype quality and heterozygous allele balance. Ti/Tv near 2.0 genome-wide or near 3.0 in exons, and a het/hom ratio near 1.5 to 2, are what good calls look like.
    .source = Koboldt 2020; DePristo et al. 2011
explain-chart-lollipop = The selected variant's gene along its protein: a stick per variant in view at its amino acid position, coloured by impact or by the class given. Clusters show hot spots (see PM1).
    .source = Richards et al. 2015 (PM1); Ensembl VEP (Protein_position)
