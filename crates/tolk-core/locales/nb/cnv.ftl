# Kopitallsvarianter: ACMG/ClinGens poengskjema (Riggs mfl. 2020).

cnv-dosage-loss = kopitallstap
cnv-dosage-gain = kopitallsøkning

## Punkter som er like i begge tabellene (del 1, 4 og 5).

cnv-item-1a = Inneholder proteinkodende eller andre kjente funksjonelt viktige elementer
cnv-item-1b = Inneholder ingen proteinkodende eller kjente funksjonelt viktige elementer
cnv-item-4a = Rapportert de novo-proband med svært spesifikk fenotype, relativt unik for genet eller regionen (per proband)
cnv-item-4b = Rapportert de novo-proband med fenotype forenlig med genet eller regionen, svært spesifikk, men ikke nødvendigvis unik for det (per proband)
cnv-item-4c = Rapportert de novo-proband med fenotype forenlig med genet eller regionen, men ikke svært spesifikk eller med stor genetisk heterogenitet (per proband)
cnv-item-4d = Rapportert de novo-proband med fenotype som ikke er forenlig med genet eller regionen, eller ikke forenlig i det hele tatt (per proband)
cnv-item-4e = Rapportert proband med svært spesifikk, forenlig fenotype, ukjent arvegang (per proband)
cnv-item-4f = Segregerer med fenotypen i familien: 3–4 observerte segregasjoner
cnv-item-4g = Segregerer med fenotypen i familien: 5–6 observerte segregasjoner
cnv-item-4h = Segregerer med fenotypen i familien: 7 eller flere observerte segregasjoner
cnv-item-4i = Ikke funnet hos en affisert slektning med forenlig, spesifikk, veldefinert fenotype, uten kjente fenokopier (per familie)
cnv-item-4j = Funnet hos en slektning uten probandens spesifikke, veldefinerte fenotype (per familie)
cnv-item-4k = Funnet hos en slektning uten probandens uspesifikke fenotype (per familie)
cnv-item-4l = Signifikant hyppigere hos kasus med forenlig, spesifikk fenotype enn hos kontroller (per studie)
cnv-item-4m = Signifikant hyppigere hos kasus med uspesifikk eller ukjent fenotype enn hos kontroller (per studie)
cnv-item-4n = Ingen signifikant forskjell mellom kasus og kontroller (per studie)
cnv-item-4o = Overlapper vanlig variasjon i befolkningen
cnv-item-5a = De novo hos pasienten (skåres som 4A–4D)
cnv-item-5b = Arvet fra en tilsynelatende frisk forelder; pasientens fenotype er spesifikk og veldefinert, ingen familiehistorie
cnv-item-5c = Arvet fra en tilsynelatende frisk forelder; pasientens fenotype er uspesifikk, ingen familiehistorie
cnv-item-5d = Segregerer med en forenlig fenotype i pasientens familie (skåres som 4F–4H)
cnv-item-5e = Segregerer ikke i pasientens familie (skåres som 4I–4K)
cnv-item-5f = Arvegang ikke tilgjengelig eller ikke informativ
cnv-item-5g = Arvegang ikke tilgjengelig; uspesifikk fenotype, forenlig med lignende tilfeller
cnv-item-5h = Arvegang ikke tilgjengelig; svært spesifikk fenotype, forenlig med lignende tilfeller

## Kopitallstap, del 2 og 3.

cnv-loss-2a = Fullstendig overlapp med et etablert haploinsuffisient gen eller område
cnv-loss-2b = Delvis overlapp med et etablert haploinsuffisient område, uten at det årsaksgivende genet eller kritiske området er vist berørt
cnv-loss-2c-1 = Delvis overlapp med 5′-enden av et etablert HI-gen, kodende sekvens berørt
cnv-loss-2c-2 = Delvis overlapp med 5′-enden av et etablert HI-gen, bare 5′-UTR berørt
cnv-loss-2d-1 = Delvis overlapp med 3′-enden av et etablert HI-gen, bare 3′-UTR berørt
cnv-loss-2d-2 = Bare siste ekson av et etablert HI-gen, med andre etablerte patogene varianter i eksonet
cnv-loss-2d-3 = Bare siste ekson av et etablert HI-gen, uten andre etablerte patogene varianter i eksonet
cnv-loss-2d-4 = 3′-enden av et etablert HI-gen med andre eksoner enn det siste; nonsense-mediert nedbrytning ventet
cnv-loss-2e = Begge bruddpunkter i samme gen (intragent): skåres etter PVS1-styrken
cnv-loss-2f = Helt innenfor et etablert benignt CNV-område
cnv-loss-2g = Overlapper et etablert benignt CNV, men omfatter mer genomisk materiale
cnv-loss-2h = To eller flere prediktorer for haploinsuffisiens tyder på at minst ett gen i intervallet er haploinsuffisient
cnv-loss-3a = 0–24 proteinkodende gener
cnv-loss-3b = 25–34 proteinkodende gener
cnv-loss-3c = 35 eller flere proteinkodende gener

## Kopitallsøkning, del 2 og 3.

cnv-gain-2a = Fullstendig overlapp: et etablert triplosensitivt gen eller minste kritiske område ligger helt innenfor
cnv-gain-2b = Delvis overlapp med et etablert triplosensitivt område, uten at det årsaksgivende genet eller kritiske området er vist berørt
cnv-gain-2c = Samme geninnhold som en etablert benign kopitallsøkning
cnv-gain-2d = Mindre enn en etablert benign økning; bruddpunktene bryter ikke proteinkodende gener
cnv-gain-2e = Mindre enn en etablert benign økning; et bruddpunkt kan bryte et proteinkodende gen
cnv-gain-2f = Større enn en kjent benign økning, uten flere proteinkodende gener
cnv-gain-2g = Overlapper en benign økning, men omfatter mer genomisk materiale
cnv-gain-2h = Et etablert haploinsuffisient gen ligger helt innenfor økningen
cnv-gain-2i = Begge bruddpunkter i samme etablerte HI-gen: skåres etter PVS1-styrken
cnv-gain-2j = Ett bruddpunkt i et etablert HI-gen; fenotypen er ikke forenlig med tap av funksjon i genet, eller ukjent
cnv-gain-2k = Ett bruddpunkt i et etablert HI-gen; fenotypen er svært spesifikk og forenlig med tap av funksjon i genet
cnv-gain-2l = Ett eller begge bruddpunkter i gener uten etablert klinisk betydning
cnv-gain-3a = 0–34 proteinkodende gener
cnv-gain-3b = 35–49 proteinkodende gener
cnv-gain-3c = 50 eller flere proteinkodende gener

cnv-pvs1-very-strong = PVS1
cnv-pvs1-strong = PVS1_Strong
cnv-pvs1-moderate = PVS1_Moderate eller PM4
cnv-pvs1-supporting = PVS1_Supporting
cnv-pvs1-na = PVS1 gjelder ikke

cnv-origin-de-novo = De novo
cnv-origin-inherited-unaffected = Arvet fra en frisk forelder
cnv-origin-inherited-affected = Arvet fra en affisert forelder
cnv-origin-unknown = Ukjent arvegang

## Problemer med en skåring.

cnv-problem-unknown = { $code } er ikke et punkt i tabellen for { $dosage }.
cnv-problem-range = { $code } er gitt { $points } poeng; området er { $min } til { $max }.
cnv-problem-repeat = { $code } skåres én gang; det er brukt mer enn én gang.
cnv-problem-exclusive = Bare ett av { $codes } gjelder.
cnv-note-capped = { $codes } gir til sammen { $points } poeng; de teller høyst { $max }.

## Forslagenes begrunnelse.

cnv-evidence-no-genes = CNV-en overlapper ingen gener, heller ingen etablerte doseringssensitive gener.
cnv-evidence-genes = CNV-en overlapper { $count ->
    [one] 1 gen
   *[other] { $count } gener
}: { $genes }
cnv-evidence-more-genes = { " " }og { $count } til
cnv-evidence-hi-contained = Etablert haploinsuffisient (ClinGen HI-skår 3) og helt innenfor tapet: { $genes }
cnv-evidence-ts-contained = Etablert triplosensitiv (ClinGen TS-skår 3) og helt innenfor økningen: { $genes }
cnv-evidence-gain-hi-contained = Etablerte haploinsuffisiente gener duplisert i sin helhet (ingen poeng; fortsett): { $genes }
cnv-evidence-gene-count = { $count ->
    [one] 1 proteinkodende gen
   *[other] { $count } proteinkodende gener
} helt eller delvis med: { $code }.
cnv-evidence-gene-count-any = { $count ->
    [one] 1 gen
   *[other] { $count } gener
} navngitt i annotasjonen (filen oppgir ingen biotyper: alle gener er talt, ikke bare proteinkodende): { $code }.
cnv-evidence-common = Sett i befolkningen med en frekvens på { $af } (gnomAD-SV), på eller over { $limit }.
cnv-evidence-de-novo = Fraværende hos begge foreldre: de novo, foreslått som antatt de novo (0,30), fordi filen ikke bekrefter foreldreskapet. Skåres som 4A-4D: bekreftet de novo med en svært spesifikk, forenlig fenotype 0,45; lavere for en mindre spesifikk fenotype.
cnv-evidence-inherited-specific = Arvet fra en forelder registrert som frisk: om pasientens fenotype er spesifikk og veldefinert, uten familiehistorie, 5B.
cnv-evidence-inherited-nonspecific = Arvet fra en forelder registrert som frisk: om pasientens fenotype er uspesifikk, uten familiehistorie, 5C.
cnv-evidence-inheritance-unknown = Foreldrenes kopitall er ukjent: arvegangen er ikke tilgjengelig.

## Sjekklisten for CNV-poeng i klassifiseringspanelet.

cnv-heading = Kopitallsvariant: ACMG/ClinGen-poeng (Riggs mfl. 2020)
cnv-table = Poengtabell
cnv-choose-loss = Kopitallstap (delesjon)
cnv-choose-gain = Kopitallsøkning (duplikasjon)
cnv-table-found = Filen viser: { $dosage }.
cnv-table-hint = Punkter som er formulert likt i begge tabellene (del 1, 4 og 5), følger med ved bytte; ingenting lagres før et punkt er brukt.
cnv-table-locked = For å skåre etter den andre tabellen, fjern først punktene i del 2 og 3: de betyr noe annet der.
cnv-total = Sum
cnv-nothing-applied = Ingen punkter brukt ennå.
cnv-unknown-heading = Brukte punkter som tabellen ikke har
cnv-suggest-heading = Foreslått ut fra filen
cnv-suggest-nothing = Ingenting å foreslå ut fra filen: skår punktene nedenfor.
cnv-suggest-not-read = Filen viser ikke denne varianten som en kopitallsendring: ingenting å foreslå.
cnv-apply = Bruk
cnv-applied = Brukt
cnv-apply-label = Bruk { $code } med { $points }
cnv-applied-label = { $code } brukt
cnv-section-1 = 1. Første vurdering av genomisk innhold
cnv-section-2 = 2. Overlapp med doseringssensitive eller benigne gener eller regioner
cnv-section-3 = 3. Antall proteinkodende gener
cnv-section-4 = 4. Detaljert vurdering: litteratur, databaser, laboratoriets egne data
cnv-section-5 = 5. Pasientens arvegang og familiehistorie
cnv-section-applied = { $count } brukt
cnv-points-range = { $points } (område { $min } til { $max })
cnv-points-each = { $points } hver (område { $min } til { $max }; { $total_min } til { $total_max } i alt)
cnv-points-label = Poeng for { $code }
cnv-points-label-nth = Poeng for { $code }, bruk { $n }
cnv-comment = Kommentar
cnv-comment-label = Kommentar til { $code }
cnv-comment-label-nth = Kommentar til { $code }, bruk { $n }
cnv-add = Legg til en til
cnv-add-label = Legg til en ny bruk av { $code }
cnv-remove = Fjern
cnv-remove-label = Fjern { $code }
cnv-remove-label-nth = Fjern bruk { $n } av { $code }
cnv-class-by-points = Etter CNV-poeng: { $points } → { $class }
cnv-class-acmg-aside = En kopitallsvariant klassifiseres etter CNV-poengene; kriteriene for sekvensvarianter nedenfor avgjør ikke klassen.
comments-cnv = CNV-punkt { $code }, { $points } poeng
cnv-item-several = Brukt mer enn én gang: fjern hver med sin egen Fjern-knapp.
