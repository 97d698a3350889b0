# What the lab already knows: knowledge files, the lab database, reanalysis.

table-clinvar-current = ClinVar nå
table-lab = Dette laboratoriet
table-loeuf = LOEUF
knowledge-kind-clinvar = ClinVar
knowledge-kind-constraint = gnomAD genbegrensning
knowledge-kind-gencc = GenCC gen-sykdomsvaliditet
knowledge-kind-dosage = ClinGens doseringssensitive gener
knowledge-kind-labdb = Laboratoriets variantdatabase
knowledge-unknown-kind = { $file } er ingen av kunnskapsfilene Tolk leser: ClinVars VCF, gnomADs genbegrensningstabell, GenCCs innmeldinger, ClinGens liste over doseringssensitive gener eller en laboratoriedatabase.
knowledge-not-text = { $file } er ikke tekst (UTF-8).
knowledge-unreadable = Filen kunne ikke leses: { $reason }
knowledge-too-large = Filen har mer enn { $limit } MB tekst: det er ikke en kunnskapsfil Tolk leser i sin helhet.
knowledge-file-failed = { $file } ble ikke lest: { $reason }
table-lab-cases = { $cases ->
    [one] 1 tilfelle
   *[other] { $cases } tilfeller
}
table-lab-differs = Dette laboratoriet klassifiserte den annerledes før
part-known = Kjent
known-open-more = Kunnskapsfiler åpnes under Laboratoriets kunnskap, og lagres i denne nettleseren.
known-clinvar-heading = ClinVar
known-no-clinvar = Ingen ClinVar-fil er åpnet.
known-clinvar-absent = Ikke i ClinVar-utgaven som er åpnet.
known-clinvar-now = Nå: { $significance } ({ $stars } ★), utgave { $release }
known-clinvar-conflicts = Innsendere: { $conflicts }
known-clinvar-annotation = Filens annotasjon sier: { $significance }
known-clinvar-changed = ClinVar sier noe annet nå enn filens annotasjon.
known-lab-heading = Dette laboratoriet
known-no-labdb = Ingen laboratoriedatabase er åpnet.
known-lab-unseen = Ikke sett i laboratoriets andre tilfeller.
known-lab-seen = Sett i { $carriers } av { $cases } andre tilfeller (heterozygot { $het }, homozygot { $hom }, hemizygot { $hemi }).
known-lab-worked-only = { $cases ->
    [one] 1 av dem teller bare variantene som ble klassifisert i det.
   *[other] { $cases } av dem teller bare variantene som ble klassifisert i dem.
}
known-lab-by = { $date }, { $analyst }
known-lab-differs = Dette laboratoriet klassifiserte den som { $lab } før; dette tilfellet har den som { $ours }.
known-lab-start = Start fra laboratoriets siste klassifisering
known-lab-from = Slik dette laboratoriet klassifiserte den { $date }
known-gene-heading = Genet { $gene }
known-constraint = pLI { $pli }, LOEUF { $loeuf }, missense Z { $misz } ({ $version })
known-constraint-intolerant = LOEUF viser at genet er sterkt intolerant for tap av funksjon: kontekst for PVS1 (er tap av funksjon mekanismen?).
known-constraint-tolerant = LOEUF viser ikke at genet er intolerant for tap av funksjon: PVS1 krever at tap av funksjon er etablert mekanisme.
view-knowledge = Laboratoriets kunnskap
knowledge-heading = Det laboratoriet allerede vet
knowledge-intro = Kunnskapsfiler kommer fra denne datamaskinens disk og blir i denne nettleseren; Tolk henter dem aldri. ClinVars VCF (clinvar.vcf.gz), gnomADs genbegrensningstabell, GenCCs innmeldinger, ClinGens liste over doseringssensitive gener (for poengsetting av CNV) og laboratoriets egen variantdatabase skilles på innholdet.
knowledge-open = Åpne kunnskapsfiler
knowledge-kind = Type
knowledge-file = Fil
knowledge-version = Utgave
knowledge-state = Status
knowledge-forget = Glem
knowledge-stored = Lagret i denne nettleseren
knowledge-reading = Leser …
knowledge-ready = Lest på { $seconds } s ({ $memory } MB i motoren)
labdb-heading = Laboratoriets variantdatabase
labdb-intro = Hvert tilfelle som legges til gir sine klassifiseringer og variantene probanden bærer, under en pseudonym tilfelle-id (en hash av filen). Databasen lagres i denne nettleseren og som en fil laboratoriet tar vare på; å åpne en annen databasefil slår den sammen.
labdb-add-case = Legg dette tilfellet til laboratoriedatabasen
labdb-national-heading = Den nasjonale eksporten
labdb-national-intro = Bare posisjoner, uten prøvenavn, filnavn, analytikere, tilfelle-id-er eller kommentarer som ikke er merket som delbare. Antall under terskelen utelates.
labdb-min-count = Utelat antall under
labdb-export-vcf = Lagre VCF med bare posisjoner
labdb-export-tsv = Lagre i ClinVars innsendingskolonner
reanalysis-heading = Hva som er endret for dette tilfellet
reanalysis-intro = Sammenlignet med det tilfellets klassifiserte varianter ble vurdert med: ClinVars klasse, laboratoriets senere klassifiseringer, genene i panelene.
reanalysis-none = Ingenting er endret for dette tilfellets klassifiserte varianter.
reanalysis-was-release = ClinVar-filen den gang
reanalysis-was-annotation = filens annotasjon
reanalysis-clinvar = { $variant }: ClinVar sier nå { $now } ({ $stars } ★, utgave { $release }); den sa { $was } ({ $source }).
reanalysis-lab = { $variant }: klassifisert i dette laboratoriet siden, som { $class } { $date } ({ $criteria }).
reanalysis-panel-added = { $gene } ble lagt til { $panel } (versjon { $was } → { $now }).
reanalysis-panel-dropped = { $gene } ble fjernet fra { $panel } (versjon { $was } → { $now }).
comment-shareable = Kommentaren kan tas med i den nasjonale eksporten (den navngir ingen pasient)
note-knowledge-files = Kunnskapsfiler
evidence-loeuf = Genets LOEUF ({ $version })
evidence-loeuf-mark = sterkt intolerant for tap av funksjon under { $limit }: kontekst for om tap av funksjon er mekanismen
suggest-remark-pp2-bp1-constraint = Genets missense-Z er { $misz } og LOEUF { $loeuf } ({ $version }): kontekst for PP2 (missense en vanlig mekanisme, benigne missense sjeldne) og BP1 (trunkering er mekanismen). Tolk foreslår ingen av dem: genets mekanisme er laboratoriets å avgjøre.
reanalysis-notice = { $changes ->
    [one] Nyere kunnskap endrer noe for dette tilfellets varianter.
   *[other] Nyere kunnskap endrer { $changes } ting for dette tilfellets varianter.
}
reanalysis-notice-show = Se hva som er endret
panel-col-gencc = GenCC
labdb-save = Lagre laboratoriedatabasen
knowledge-truncated = Den komprimerte filen slutter midt i en blokk: den er avkortet (en ufullstendig nedlasting eller kopi?).
knowledge-corrupt = De komprimerte dataene er ødelagt ({ $detail }): filen er skadet.
dosage-no-header = Filen er ikke ClinGens genkurasjonsliste: ingen kommentert overskriftslinje navngir kolonnene (#Gene Symbol…).
dosage-missing-columns = filen er ikke ClinGens genkurasjonsliste: den mangler { $count ->
    [one] kolonnen
   *[other] kolonnene
} { $columns }
dosage-short-row = raden har { $found } celler der { $expected } trengs
dosage-no-gene = raden navngir ikke noe gen i { $column }
dosage-unknown-score = { $column } er «{ $value }»: ClinGen skårer 0, 1, 2, 3, 30, 40 eller «Not yet evaluated»
dosage-bad-location = den genomiske posisjonen «{ $value }» er ikke skrevet kromosom:start-slutt
dosage-empty = Filen inneholder ingen gener.
