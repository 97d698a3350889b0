# The patient's phenotype in HPO terms, and the ranking it drives.

hpo-moi-dominant = autosomal dominant
hpo-moi-recessive = autosomal recessive
hpo-moi-semidominant = semidominant
hpo-moi-xld = X-linked dominant
hpo-moi-xlr = X-linked recessive
hpo-moi-xl = X-linked
hpo-moi-y = Y-linked
hpo-moi-mito = mitochondrial

table-phenotype-rank = Phenotype rank
hpo-load-failed = The Human Phenotype Ontology could not be read: { $reason }
hpo-not-ranked = This variant is not ranked: enter the patient's phenotype first.
table-phenotype-rank-title = Priority { $priority } (variant { $variant }, phenotype match { $phenotype })

hpo-heading = Phenotype (HPO)
hpo-needs-file = Open a file to enter the patient's phenotype.
hpo-load = Load the phenotype ontology
hpo-loading = Loading the Human Phenotype Ontology…
hpo-retry = Try again
hpo-credit = This workbench uses the Human Phenotype Ontology (release { $release }). Find out more at https://hpo.jax.org. Köhler S, et al. Nucleic Acids Res. 2014;42:D966-74.
hpo-search-label = Find a term
hpo-search-placeholder = Label, synonym or HP:0001250
hpo-search-hint = Arrow keys to choose, Enter to add, Shift+Enter to add as not present.
hpo-hits-label = Matching terms
hpo-add-excluded = add as not present
hpo-terms-label = The patient's terms
hpo-present = Present
hpo-excluded = Not present
hpo-mark-excluded = mark not present
hpo-mark-present = mark present
hpo-mark-excluded-label = Mark { $term } as not present
hpo-mark-present-label = Mark { $term } as present
hpo-remove = remove
hpo-remove-label = Remove { $term }
hpo-paste = Paste term ids
hpo-paste-label = HPO ids, separated by commas, spaces or lines
hpo-paste-add = Add the terms
hpo-unknown = Not terms of this HPO release: { $ids }
hpo-phenopacket-import = Import a Phenopacket
hpo-phenopacket-export = Export as Phenopacket
hpo-rank = Rank variants by phenotype
hpo-panel-min = Genes matching at least
hpo-panel-make = Make a phenotype panel
hpo-panel-preview = { $count ->
    [one] 1 gene matches: { $genes }.
   *[other] { $count } genes match{ $count ->
        [0] .
       *[other] , best first: { $genes }…
    }
}
hpo-panel-use = Use as a panel

part-phenotype = Phenotype match
hpo-match-none = Enter the patient's phenotype (HPO terms, in the side panel) to rank the variants by it.
hpo-match-working = Matching the phenotype…
hpo-match-heading = Rank { $rank } · priority { $priority } · { $gene }
hpo-match-variant = Variant evidence { $variant } = frequency { $frequency } × pathogenicity { $pathogenicity } (from { $basis }).
hpo-match-no-disease = HPO links no disease to this gene: the rank rests on the variant's own evidence.
hpo-match-via = (shared term: { $term })
hpo-match-contradicted-excluded = Against: the patient does not have { $patient }, which the disease has ({ $disease }).
hpo-match-contradicted-not = Against: the patient has { $patient }, which the disease is annotated not to have ({ $disease }).
hpo-match-missing = Most patients with it have, and this patient's terms do not say: { $terms }
hpo-match-pp4 = The match is context for PP4, which stays your call.
hpo-match-release = HPO release { $release }.
hpo-moi-unknown = Inheritance: not checked (no mode annotated, or no proband call).
hpo-moi-fits = Inheritance: the genotype fits { $mode }.
hpo-moi-does-not-fit = Inheritance: the genotype does not fit { $mode }; the match counts half.
hpo-basis-consequence = its consequence
hpo-basis-revel = REVEL
hpo-basis-alphamissense = AlphaMissense
hpo-basis-cadd = CADD
hpo-basis-spliceai = SpliceAI
hpo-basis-clinvar-pathogenic = ClinVar pathogenic or likely pathogenic
hpo-basis-clinvar-benign = ClinVar benign or likely benign, reviewed
hpo-moi-from-gene = (This disease has no mode of inheritance in HPO; its gene's other diseases' modes were checked.)
