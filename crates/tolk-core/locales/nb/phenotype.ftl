# Pasientens fenotype i HPO-termer, og rangeringen den gir.

hpo-moi-dominant = autosomalt dominant
hpo-moi-recessive = autosomalt recessiv
hpo-moi-semidominant = semidominant
hpo-moi-xld = X-bundet dominant
hpo-moi-xlr = X-bundet recessiv
hpo-moi-xl = X-bundet
hpo-moi-y = Y-bundet
hpo-moi-mito = mitokondriell

table-phenotype-rank = Fenotyperangering
hpo-load-failed = Human Phenotype Ontology kunne ikke leses: { $reason }
hpo-not-ranked = Denne varianten er ikke rangert: legg inn pasientens fenotype først.
table-phenotype-rank-title = Prioritet { $priority } (variant { $variant }, fenotypetreff { $phenotype })

hpo-heading = Fenotype (HPO)
hpo-needs-file = Åpne en fil for å legge inn pasientens fenotype.
hpo-load = Last inn fenotype-ontologien
hpo-loading = Laster inn Human Phenotype Ontology …
hpo-retry = Prøv igjen
hpo-credit = Denne arbeidsbenken bruker Human Phenotype Ontology (utgave { $release }). Les mer på https://hpo.jax.org. Köhler S, mfl. Nucleic Acids Res. 2014;42:D966-74.
hpo-search-label = Finn en term
hpo-search-placeholder = Navn, synonym eller HP:0001250
hpo-search-hint = Piltaster for å velge, Enter for å legge til, Shift+Enter for å legge til som ikke til stede.
hpo-hits-label = Termer som passer
hpo-add-excluded = legg til som ikke til stede
hpo-terms-label = Pasientens termer
hpo-present = Til stede
hpo-excluded = Ikke til stede
hpo-mark-excluded = merk som ikke til stede
hpo-mark-present = merk som til stede
hpo-mark-excluded-label = Merk { $term } som ikke til stede
hpo-mark-present-label = Merk { $term } som til stede
hpo-remove = fjern
hpo-remove-label = Fjern { $term }
hpo-paste = Lim inn term-ID-er
hpo-paste-label = HPO-ID-er, skilt med komma, mellomrom eller linjeskift
hpo-paste-add = Legg til termene
hpo-unknown = Ikke termer i denne HPO-utgaven: { $ids }
hpo-phenopacket-import = Importer en Phenopacket
hpo-phenopacket-export = Eksporter som Phenopacket
hpo-rank = Ranger varianter etter fenotype
hpo-panel-min = Gener som treffer minst
hpo-panel-make = Lag et fenotypepanel
hpo-panel-preview = { $count ->
    [one] 1 gen treffer: { $genes }.
   *[other] { $count } gener treffer{ $count ->
        [0] .
       *[other] , best først: { $genes } …
    }
}
hpo-panel-use = Bruk som panel

part-phenotype = Fenotypetreff
hpo-match-none = Legg inn pasientens fenotype (HPO-termer, i sidepanelet) for å rangere variantene etter den.
hpo-match-working = Sammenligner fenotypen …
hpo-match-heading = Rangering { $rank } · prioritet { $priority } · { $gene }
hpo-match-variant = Variantbevis { $variant } = frekvens { $frequency } × patogenisitet { $pathogenicity } (fra { $basis }).
hpo-match-no-disease = HPO knytter ingen sykdom til dette genet: rangeringen bygger på variantens egne bevis.
hpo-match-via = (felles term: { $term })
hpo-match-contradicted-excluded = Mot: pasienten har ikke { $patient }, som sykdommen har ({ $disease }).
hpo-match-contradicted-not = Mot: pasienten har { $patient }, som sykdommen er annotert med å ikke ha ({ $disease }).
hpo-match-missing = De fleste med sykdommen har, og denne pasientens termer sier ikke noe om: { $terms }
hpo-match-pp4 = Treffet er bakgrunn for PP4, som fortsatt er din vurdering.
hpo-match-release = HPO-utgave { $release }.
hpo-moi-unknown = Arvegang: ikke sjekket (ingen arvegang annotert, eller ingen genotype for probanden).
hpo-moi-fits = Arvegang: genotypen passer med { $mode }.
hpo-moi-does-not-fit = Arvegang: genotypen passer ikke med { $mode }; treffet teller halvt.
hpo-basis-consequence = konsekvensen
hpo-basis-revel = REVEL
hpo-basis-alphamissense = AlphaMissense
hpo-basis-cadd = CADD
hpo-basis-spliceai = SpliceAI
hpo-basis-clinvar-pathogenic = ClinVar patogen eller sannsynlig patogen
hpo-basis-clinvar-benign = ClinVar benign eller sannsynlig benign, vurdert
hpo-moi-from-gene = (Denne sykdommen har ingen arvegang i HPO; arvegangene til genets andre sykdommer ble sjekket.)
