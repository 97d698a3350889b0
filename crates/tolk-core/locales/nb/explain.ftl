# Forklaringer på stedet for en kliniker under utdanning: hvert kriterium,
# filter og diagram i to eller tre setninger, og (.source) retningslinjen
# eller artikkelen det kommer fra. Kildehenvisningene er like på alle språk.

explain-about = Om { $topic }
explain-source = Kilde: { $source }

## Kriteriene (Richards mfl. 2015, tabell 3 og 4, med ClinGen SVIs
## anbefalinger som presiserer dem)

explain-criterion-pvs1 = En nullvariant (nonsens, rammeskift, kanonisk ±1 eller 2 spleisesete, startkodon, eksondelesjon) i et gen der funksjonstap er en kjent årsak til sykdommen. Styrken følger ClinGens beslutningstre: er nonsense-mediert nedbrytning ventet, og er den tapte delen av proteinet kritisk?
    .source = Richards et al. 2015; Abou Tayoun et al. 2018 (ClinGen SVI PVS1)
explain-criterion-ps1 = Samme aminosyreendring som en variant som allerede er fastslått som patogen, uansett nukleotidendring. Forsikre deg om at den kjente varianten ikke virker gjennom spleising i stedet.
    .source = Richards et al. 2015; Walker et al. 2023 (ClinGen SVI splicing)
explain-criterion-ps2 = De novo hos en pasient med sykdommen og uten familiehistorie, med bekreftet morskap og farskap. ClinGen vekter den etter hvor godt fenotypen passer og hvor mange de novo-tilfeller som er kjent.
    .source = Richards et al. 2015; ClinGen SVI de novo recommendation (2018)
explain-criterion-ps3 = En veletablert funksjonell studie, in vitro eller in vivo, viser skadelig effekt. Analysen må være validert med kjente patogene og benigne kontroller; styrken følger av dem.
    .source = Richards et al. 2015; Brnich et al. 2019 (ClinGen SVI PS3/BS3)
explain-criterion-ps4 = Varianten er mye vanligere hos syke enn hos kontroller (oddsratio over 5, konfidensintervallet inkluderer ikke 1), eller er sett hos flere ubeslektede pasienter med en sjelden fenotype.
    .source = Richards et al. 2015
explain-criterion-pm1 = Ligger i et mutasjonelt «hot spot» eller et kritisk, veletablert funksjonelt domene uten benign variasjon. Sammen med PP3 teller den høyst som sterk, fordi begge ofte måler det samme.
    .source = Richards et al. 2015; Pejaver et al. 2022
explain-criterion-pm2 = Ikke funnet i populasjonsdatabaser, eller svært sjelden for en recessiv tilstand. ClinGen anvender den som støttende som utgangspunkt, fordi fravær alene er svak evidens.
    .source = Richards et al. 2015; ClinGen SVI PM2 recommendation (2020)
explain-criterion-pm3 = For en recessiv tilstand: funnet i trans (på den andre kopien av genet) med en patogen variant. ClinGen gir poeng etter den andre variantens klasse og om fasen er bevist; en homozygot forekomst teller halvt.
    .source = Richards et al. 2015; ClinGen SVI PM3 recommendation (2019)
explain-criterion-pm4 = Proteinets lengde endres: en delesjon eller insersjon i leseramme utenfor en repeterende region, eller et tapt stoppkodon.
    .source = Richards et al. 2015
explain-criterion-pm5 = En ny missensendring i en aminosyre der en annen missensendring er kjent som patogen.
    .source = Richards et al. 2015
explain-criterion-pm6 = Antatt de novo: ikke funnet hos noen av foreldrene, men morskap og farskap er ikke bekreftet.
    .source = Richards et al. 2015; ClinGen SVI de novo recommendation (2018)
explain-criterion-pp1 = Segregerer med sykdommen hos flere syke slektninger, i et gen som er kjent å gi den. Styrken øker med antall informative meioser.
    .source = Richards et al. 2015; Jarvik and Browning 2016
explain-criterion-pp2 = En missensvariant i et gen med lite benign missensvariasjon, der missensvarianter ofte gir sykdommen.
    .source = Richards et al. 2015
explain-criterion-pp3 = Beregningsbasert evidens støtter en skadelig effekt. ClinGen ber om ett kalibrert verktøy, som REVEL for missens og SpliceAI for spleising, der skåren gir styrken (støttende til sterk).
    .source = Richards et al. 2015; Pejaver et al. 2022; Walker et al. 2023
explain-criterion-pp4 = Pasientens fenotype eller familiehistorie er svært spesifikk for en sykdom med én genetisk årsak.
    .source = Richards et al. 2015
explain-criterion-pp5 = En anerkjent kilde melder varianten som patogen uten å dele evidensen. Trukket tilbake: ClinGen fraråder bruk; vurder evidensen selv i stedet.
    .source = Richards et al. 2015; Biesecker and Harrison 2018 (ClinGen SVI)
explain-criterion-ba1 = Allelfrekvens over 5 % i en stor kontinental populasjon. Benign alene, bortsett fra en kort liste kjente vanlige patogene varianter (som HFE p.Cys282Tyr).
    .source = Richards et al. 2015; Ghosh et al. 2018 (ClinGen SVI BA1)
explain-criterion-bs1 = Allelfrekvensen er høyere enn tilstanden tillater, gitt prevalens, penetrans og genetisk heterogenitet. Sett terskelen for den aktuelle tilstanden.
    .source = Richards et al. 2015; Whiffin et al. 2017
explain-criterion-bs2 = Sett hos en frisk voksen (homozygot for en recessiv, heterozygot for en dominant, hemizygot for en X-bundet tilstand) der full penetrans i ung alder er ventet.
    .source = Richards et al. 2015
explain-criterion-bs3 = En veletablert funksjonell studie viser ingen skadelig effekt på proteinet eller på spleisingen.
    .source = Richards et al. 2015; Brnich et al. 2019 (ClinGen SVI PS3/BS3)
explain-criterion-bs4 = Segregerer ikke med sykdommen hos syke slektninger. Vær oppmerksom på fenokopier og redusert penetrans.
    .source = Richards et al. 2015
explain-criterion-bp1 = En missensvariant i et gen der hovedsakelig trunkerende varianter gir sykdommen.
    .source = Richards et al. 2015
explain-criterion-bp2 = Sett i trans med en patogen variant for en dominant tilstand med full penetrans, eller i cis med en patogen variant uansett arvegang.
    .source = Richards et al. 2015
explain-criterion-bp3 = En delesjon eller insersjon i leseramme i en repeterende region uten kjent funksjon.
    .source = Richards et al. 2015
explain-criterion-bp4 = Beregningsbasert evidens tyder på ingen effekt. ClinGen ber om et kalibrert verktøy: REVEL på 0,290 eller lavere for missens, SpliceAI på 0,1 eller lavere for spleising.
    .source = Richards et al. 2015; Pejaver et al. 2022; Walker et al. 2023
explain-criterion-bp5 = Funnet hos en pasient der sykdommen allerede har en annen molekylær forklaring.
    .source = Richards et al. 2015
explain-criterion-bp6 = En anerkjent kilde melder varianten som benign uten å dele evidensen. Trukket tilbake: ClinGen fraråder bruk.
    .source = Richards et al. 2015; Biesecker and Harrison 2018 (ClinGen SVI)
explain-criterion-bp7 = En synonym variant som spleiseprediksjon sier ikke har effekt, i et nukleotid som ikke er sterkt konservert. ClinGen utvider den til dype introniske varianter.
    .source = Richards et al. 2015; Walker et al. 2023 (ClinGen SVI splicing)

## Filtrene

explain-filter-pass = FILTER-kolonnen sier PASS når variantkallerens egne kvalitetskontroller er bestått; andre verdier navngir kontrollen som feilet.
    .source = VCF 4.3 specification, section 1.6.1
explain-filter-carrier = Beholder en variant bare der probanden bærer ALT-allelet (heterozygot, homozygot eller hemizygot); uten familie, der en prøve gjør det. En variant hos en forelder som probanden ikke har arvet, kan ikke forklare probandens tilstand. Et manglende kall beholdes og telles, siden lesingene likevel kan vise varianten.
    .source = ACMG/AMP 2015 (Richards et al.), section "Evaluating variants in the context of the family"; genmod and slivar filter trios the same way
explain-filter-qual = QUAL er kallerens tillit til at varianten er ekte, på Phred-skala: 20 betyr 1 av 100 sjanse for feil, 30 betyr 1 av 1 000.
    .source = VCF 4.3 specification, section 1.6.1
explain-filter-dp = Lesedybde: hvor mange lesninger som dekker posisjonen i prøven. Få lesninger gjør genotypen upålitelig; 10 eller flere er et vanlig minimum i eksomer.
    .source = VCF 4.3 specification; Koboldt 2020
explain-filter-gq = Genotypekvalitet: tilliten til at genotypen er riktig, på Phred-skala. GQ 20 betyr 99 % sikkerhet.
    .source = VCF 4.3 specification
explain-filter-ab = Allelbalanse: andelen lesninger som viser varianten i et heterozygot kall. En konstitusjonell heterozygot ligger nær 0,5; langt unna tyder på en artefakt eller mosaikk.
    .source = Koboldt 2020
explain-filter-af = Beholder varianter som er sjeldnere enn dette i populasjonsdatabasene filen har (den høyeste av frekvensfeltene). En variant som gir en sjelden sykdom, er selv sjelden.
    .source = Richards et al. 2015; Whiffin et al. 2017
explain-filter-cadd = CADD rangerer hvor skadelig en endring er blant alle mulige: 20 betyr de øverste 1 %, 30 de øverste 0,1 %. Den er ikke kalibrert for ACMG og vises som kontekst.
    .source = Rentzsch et al. 2019
explain-filter-revel = REVEL gir missensvarianter en skår fra 0 til 1. ClinGen har kalibrert den: 0,644 og over støtter PP3, 0,290 og under støtter BP4.
    .source = Ioannidis et al. 2016; Pejaver et al. 2022
explain-filter-spliceai = SpliceAI predikerer hvor mye en variant endrer spleisingen, fra 0 til 1. 0,2 og over støtter en spleiseeffekt; 0,1 og under støtter ingen.
    .source = Jaganathan et al. 2019; Walker et al. 2023
explain-filter-impact = Annotatorens påvirkningsklasse for den verste konsekvensen: HIGH (stoppkodon, rammeskift, kanonisk spleisesete), MODERATE (missens, i leseramme), LOW (synonym, spleiseregion), MODIFIER (intronisk, intergenisk).
    .source = Ensembl VEP documentation; Sequence Ontology
explain-filter-clinvar = Det ClinVar-innsendere har sagt om denne varianten, slik filen er annotert. Det er andres klassifisering, ikke din: sjekk gjennomgangsstatus og dato.
    .source = Landrum et al. 2018 (ClinVar)
explain-filter-regions = Beholder varianter innenfor regionene som skrives her, som chr:start-slutt med 1-baserte posisjoner, som i VCF.
    .source = VCF 4.3 specification
explain-filter-inheritance = Beholder varianter der genotypene i familien passer med arvegangen: de novo, recessiv homozygot, sammensatt heterozygot, dominant eller X-bundet. Uten en forelders genotyper kan en variant bare passe «mulig», ikke bevist.
    .source = Richards et al. 2015 (PS2, PM3, BS2); Paila et al. 2013 (GEMINI)

## Diagrammene

explain-chart-consequences = Hvor mange varianter i visningen som har hver verste konsekvens, etter valgt transkriptregel; fargen er påvirkningsklassen.
    .source = Ensembl VEP documentation; Sequence Ontology
explain-chart-funnel = Hvor mange varianter som er igjen etter hvert filter, ovenfra og ned, på logaritmisk skala så de siste trinnene synes. Det er innsnevringen notatet rapporterer.
    .source = Hvert filters forklaring oppgir sin kilde
explain-chart-genome = Hvor variantene i visningen ligger langs hvert kromosom; varianter i panelets gener er markert i oransjerødt. Opphopninger kan peke på en region med homozygoti eller en artefakt.
    .source = Genome Reference Consortium (GRCh38, GRCh37)
explain-chart-af-score = Populasjonsfrekvens (logaritmisk skala) mot REVEL eller CADD. Sjeldne varianter som predikeres skadelige, samles øverst til venstre; linjene markerer tersklene for PP3 og BP4.
    .source = Pejaver et al. 2022; Karczewski et al. 2020 (gnomAD)
explain-chart-quality = Per prøve: lesedybde, genotypekvalitet og allelbalanse i heterozygote kall. Ti/Tv nær 2,0 i hele genomet eller nær 3,0 i eksoner, og et het/hom-forhold nær 1,5 til 2, er det gode kall ser ut som.
    .source = Koboldt 2020; DePristo et al. 2011
explain-chart-lollipop = Den valgte variantens gen langs proteinet: en pinne per variant i visningen på aminosyreposisjonen, farget etter påvirkning eller gitt klasse. Opphopninger viser «hot spots» (se PM1).
    .source = Richards et al. 2015 (PM1); Ensembl VEP (Protein_position)
