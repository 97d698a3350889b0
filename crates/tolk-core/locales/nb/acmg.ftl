# ACMG/AMP-klassifisering: klasser, styrker, kriterier (Richards mfl. 2015,
# forkortet), med arvemønstrene, transkriptvalgene og rapportvalgene som
# klassifiseringsarbeidet bruker. Klassenavnene følger norsk klinisk praksis.

class-pathogenic = Patogen
class-likely-pathogenic = Sannsynlig patogen
class-uncertain = Usikker betydning
class-likely-benign = Sannsynlig benign
class-benign = Benign
vus-low = VUS (lav)
vus-mid = VUS (middels)
vus-high = VUS (høy)

strength-supporting = støttende
strength-moderate = moderat
strength-strong = sterk
strength-very-strong = svært sterk
strength-stand-alone = frittstående

criterion-pvs1 = Nullvariant i et gen der funksjonstap er en kjent sykdomsmekanisme
criterion-ps1 = Samme aminosyreendring som en etablert patogen variant
criterion-ps2 = De novo, med bekreftet morskap og farskap
criterion-ps3 = Veletablerte funksjonelle studier viser skadelig effekt
criterion-ps4 = Signifikant høyere forekomst hos affiserte enn hos kontroller
criterion-pm1 = I et mutasjonelt «hot spot» eller et kritisk funksjonelt domene
criterion-pm2 = Fraværende eller svært sjelden i populasjonsdatabaser
criterion-pm3 = Ved recessive tilstander: i trans med en patogen variant
criterion-pm4 = Endret proteinlengde: «in-frame» indel eller tap av stoppkodon
criterion-pm5 = Ny missense i en posisjon der en annen patogen missense er kjent
criterion-pm6 = Antatt de novo, uten bekreftet morskap og farskap
criterion-pp1 = Kosegregerer med sykdom hos affiserte familiemedlemmer
criterion-pp2 = Missense i et gen med lav rate av benign missense-variasjon
criterion-pp3 = Beregningsbasert evidens støtter skadelig effekt
criterion-pp4 = Fenotype eller familiehistorie svært spesifikk for genet
criterion-pp5 = Anerkjent kilde rapporterer patogen (utgått)
criterion-ba1 = Allelfrekvens over 5 % i populasjonsdatabaser
criterion-bs1 = Allelfrekvens høyere enn forventet for tilstanden
criterion-bs2 = Funnet hos en frisk voksen der full penetrans ventes tidlig
criterion-bs3 = Veletablerte funksjonelle studier viser ingen skadelig effekt
criterion-bs4 = Manglende segregering hos affiserte familiemedlemmer
criterion-bp1 = Missense i et gen der trunkering er mekanismen
criterion-bp2 = I trans med en patogen variant (dominant) eller i cis (alle)
criterion-bp3 = «In-frame» indel i en repetert region uten kjent funksjon
criterion-bp4 = Beregningsbasert evidens tyder på ingen effekt
criterion-bp5 = Funnet hos en pasient med en annen molekylær årsak
criterion-bp6 = Anerkjent kilde rapporterer benign (utgått)
criterion-bp7 = Synonym, uten forventet effekt på spleising

mode-any = Alle arvemønstre
mode-de-novo = De novo
mode-ar-hom = Autosomal recessiv, homozygot
mode-comp-het = Sammensatt heterozygot
mode-ad = Autosomal dominant
mode-x-linked = X-bundet

policy-all = Alle transkripter
policy-canonical = Kanonisk transkript
policy-mane-select = MANE Select-transkript
policy-pick = VEPs PICK-flagg
policy-preferred = MANE Select, ellers kanonisk, ellers alle
basis-mane-select = MANE Select
basis-canonical = kanonisk (ingen MANE Select)
basis-pick = VEPs PICK
basis-all = alle transkripter (ingen flagget)
role-proband = Probanden
role-father = Far
role-mother = Mor
role-sibling = Søsken
origin-paternal = arvet fra far
origin-maternal = arvet fra mor
origin-both-parents = begge foreldrene bærer den
origin-de-novo = de novo (ingen av foreldrene bærer den)
qc-no-gq = ingen GQ
qc-low-gq = GQ under 20
qc-no-dp = ingen DP
qc-low-dp = DP under 10
qc-skewed-balance = allelbalanse utenfor 0,2 til 0,8
qc-hom-alt-balance = homozygot kall med allelbalanse under 0,8
qc-alt-reads = ALT-lesinger i et homozygot referansekall (allelbalanse 0,02 eller mer)
frequency-kind-overall = hele populasjonen
frequency-kind-group = én gruppe
frequency-kind-max = høyeste over grupper
frequency-kind-filtering = filtrerings-AF
frequency-kind-cohort = kohort
frequency-unused-bottlenecked = en grunnlegger- eller blandet gruppe som gnomAD holder utenfor popmax
frequency-unused-small-group = grupper under 2 000 alleler
frequency-unused-sex-specific = bare ett kjønn
frequency-unused-superseded = omfatter små og flaskehalsgrupper; gruppene leses i stedet
frequency-unused-switched-off = slått av av laboratoriet

report-report = Rapporteres
report-vus-list = Listes som VUS
report-not-reported = Rapporteres ikke
confirmation-confirmed = Bekreftet med en annen metode
confirmation-pending = Bekreftelse venter
confirmation-not-required = Ikke nødvendig (laboratoriets kvalitetskriterier)

format-json = JSON
format-markdown = Markdown
format-html = Utskriftsvennlig HTML
format-fhir = FHIR R4

# { $mode } er et av arvemønstrene over.
mode-possible = { $mode } (mulig)
mode-with-partners = { $mode } med { $partners }{ $more ->
        [0] {""}
       *[other] {" "}og { $more } til
    }
basis-short-mane-select = MANE
basis-short-canonical = kanonisk
basis-short-pick = PICK
basis-short-all = alle transkripter

# { $shown } er tallet slik det skrives (med fortegn når det har det);
# { $count } er størrelsen, for flertallsformen.
points = { $count ->
   *[other] { $shown } poeng
}

zygosity-missing = ikke kalt
zygosity-hom-ref = ikke bærer
zygosity-het = heterozygot
zygosity-hom-alt = homozygot
zygosity-hemizygous = hemizygot

## The clinician's answers that suggestions are weighed by

parentage-confirmed = bekreftet
parentage-assumed = antatt
specificity-highly-specific = svært spesifikk for genet
specificity-consistent = forenlig med genet, ikke svært spesifikk
specificity-heterogeneous = forenlig, ikke svært spesifikk, genetisk svært heterogen
specificity-not-consistent = ikke forenlig med genet
disorder-moi-unknown = ikke kjent
disorder-moi-dominant = dominant
disorder-moi-recessive = recessiv
disorder-moi-both = dominante og recessive former
disorder-moi-x-linked = X-bundet
