# Det motoren sier om en variant og en visning: evidensen bak et forslag,
# begrunnelsen og spørsmålene (acmg::suggest), merknadene til tellingen
# (acmg::classify) og trakten av filtre (view). Koder, feltnavn, verdier og
# konsekvenstermer er data og står som de er skrevet.

## Lister

list-or = {" eller "}
list-comma-or = {", eller "}

## Evidens: feltnavn og verdier som er ord

evidence-absent = ikke funnet
evidence-pm2-rule = ikke funnet, eller høyst { $max }
evidence-pm2-rule-recessive = ikke funnet, eller høyst { $max } (recessiv tilstand)
evidence-pm2-max = høyst { $max }
evidence-pm2-max-recessive = høyst { $max } (recessiv tilstand)
evidence-spliceai = SpliceAI (største delta)
evidence-cadd-context = CADD (kontekst, ikke kalibrert)
evidence-mane-select = MANE Select
evidence-canonical = kanonisk
evidence-pm3-field = GT i trioen; ClinVar for den andre varianten
evidence-in-trans-with = i trans med { $variant } ({ $clinvar })
evidence-phase-unknown-with = med { $variant } ({ $clinvar }), fase ukjent
evidence-de-novo-field = SVI de novo-poeng
evidence-de-novo-points = foreldreskap { $parentage }; fenotype { $specificity }
evidence-svi-points = { $points } poeng
evidence-pm3-rule = i trans, den andre varianten patogen eller sannsynlig patogen
evidence-homozygous-proband = homozygot hos den affiserte probanden, foreldrene heterozygote
evidence-splice-dinucleotide = endrer det kanoniske ±1/±2-dinukleotidet
evidence-frequency-sources = populasjonsfrekvens i { $fields }
evidence-not-found = ikke funnet (om posisjonen er dekket, er ikke kjent)
evidence-frequency-field = { $field } ({ $database }, { $kind })
evidence-frequency-field-unnamed = { $field } ({ $kind })
evidence-call = { $zygosity } (DP { $dp }, GQ { $gq }, AB { $ab })
evidence-qc-passed = består trio-QC (GQ ≥ 20, DP ≥ 10, allelbalanse innenfor grensene)

## Forslag: begrunnelse og spørsmål

suggest-this-gene = dette genet
suggest-pvs1-ask-mechanism = Er funksjonstap en kjent sykdomsmekanisme for { $gene }? PVS1 gjelder bare i så fall.
suggest-pvs1-loftee-lc = LOFTEE regner dette funksjonstapet som lav sikkerhet: se filtrene og flaggene.
suggest-pvs1-other-transcript = Dette er verken MANE Select eller det kanoniske transkriptet: PVS1 krever at varianten er null i et biologisk relevant transkript.
suggest-pvs1-deleted = Hele transkriptet eller et ekson er deletert.
suggest-pvs1-last-exon = I siste ekson ({ $n } av { $count }): nonsense-mediert nedbrytning er ikke ventet.
suggest-pvs1-removes-much = Den fjerner omtrent { $percent } % av proteinet (mer enn 10 %): sterk.
suggest-pvs1-removes-little = Den fjerner omtrent { $percent } % av proteinet (10 % eller mindre): moderat, med mindre regionen er kritisk.
suggest-pvs1-ask-critical = Er den fjernede regionen kritisk for proteinets funksjon? Da sterk.
suggest-pvs1-ask-how-much = Hvor mye av proteinet fjernes, og er det kritisk? Mer enn 10 % eller kritisk: sterk.
suggest-pvs1-penultimate-exon = I nest siste ekson ({ $n } av { $count }): nedbrytning er ventet, med mindre endringen ligger i eksonets siste 50 nukleotider.
suggest-pvs1-ask-last-50 = Ligger den innenfor de siste 50 nukleotidene av nest siste ekson? Da er nedbrytning ikke ventet: sterk eller moderat.
suggest-pvs1-exon = I ekson { $n } av { $count }: nonsense-mediert nedbrytning er ventet.
suggest-pvs1-ask-no-exon = Filen oppgir ikke eksonnummer: er nonsense-mediert nedbrytning ventet?
suggest-pvs1-last-intron = I et kanonisk spleisesete i siste intron ({ $n } av { $count }): når siste ekson hoppes over, unngås nedbrytning.
suggest-pvs1-ask-last-intron = Beholder endringen leserammen, og er den berørte regionen kritisk? Sterk hvis kritisk eller mer enn 10 % av proteinet, ellers moderat.
suggest-pvs1-splice-site = I et kanonisk +/-1,2-spleisesete: eksonoverhopping eller et kryptisk sete forstyrrer vanligvis leserammen.
suggest-pvs1-ask-splice-frame = Forstyrres leserammen, og er nedbrytning ventet? Hvis det overhoppede eksonet beholder rammen: sterk (kritisk region) eller moderat.
suggest-pvs1-start-lost = Startkodon tapt: beslutningstreet gir moderat, eller støttende når ingen patogene varianter ligger oppstrøms for nærmeste startkodon i samme leseramme.
suggest-pvs1-ask-start = Finnes det et alternativt startkodon i samme leseramme, og er patogene varianter kjent oppstrøms for det?
suggest-pm2-absent = Ikke funnet i populasjonsfrekvenskildene i bruk (om de dekker posisjonen, er ikke kjent): PM2 som støttende (ClinGen SVI 2020).
suggest-pm2-rare = Svært sjelden i populasjonsdatabasene: PM2 som støttende (ClinGen SVI 2020).
suggest-ba1 = Vanlig i en populasjon: frittstående benign.
suggest-bs1 = Hyppigere enn ventet for tilstanden (sett terskelen for tilstanden).
suggest-pm2-ask = Er frekvensen lav nok for tilstandens arvegang og prevalens?
suggest-ba1-ask = Er dette et av de kjente vanlige patogene unntakene (som HFE p.Cys282Tyr)?
suggest-bs1-ask = Er terskelen riktig for tilstandens prevalens og penetrans?
suggest-pp3-revel = REVEL { $score } når terskelen for PP3 som { $strength } (Pejaver 2022).
suggest-bp4-revel = REVEL { $score } når terskelen for BP4 som { $strength } (Pejaver 2022).
suggest-bp4-ask-splicing = Filen har ingen SpliceAI-skår: er en spleiseeffekt utelukket?
suggest-pp3-spliceai = SpliceAI { $score } predikerer en spleiseeffekt (ClinGen SVI om spleising, Walker 2023).
suggest-bp4-spliceai = SpliceAI { $score } predikerer ingen spleiseeffekt (ClinGen SVI om spleising, Walker 2023).
suggest-bp7 = Synonym, og SpliceAI predikerer ingen effekt på spleising.
suggest-bp7-ask = Ligger nukleotidet utenfor den konserverte spleiseregionen (ikke -1 til -3 fra eksonets ende)?
suggest-pm4 = Proteinets lengde endres: en indel i leseramme eller et tapt stoppkodon.
suggest-pm4-ask = Ligger den i en repetitiv region uten kjent funksjon? Da gjelder BP3 i stedet.
suggest-de-novo = De novo i trioen: { $points } SVI de novo-poeng for foreldreskapet og fenotypen som er satt nedenfor (ClinGen SVIs anbefaling for PS2 og PM6, v1.1).
suggest-de-novo-ask = Er morskap og farskap bekreftet (PS2) eller antatt (PM6)? Hvor spesifikk er fenotypen for dette genet? Styrken følger poengene: 0,5 støttende, 1 moderat, 2 sterk, 4 svært sterk.
suggest-de-novo-recessive = Tilstanden er recessiv og ingen annen patogen allel er i trans: ett nivå svakere (SVI de novo v1.1).
suggest-pm3 = Foreldrenes genotyper plasserer de to variantene på hver sin kopi av genet: { $points } SVI PM3-poeng (ClinGen SVIs anbefaling for PM3, v1.0).
suggest-pm3-phase-unknown = Den andre varianten er i samme gen, men om den er på den andre kopien, er ikke kjent: { $points } SVI PM3-poeng.
suggest-pm3-ask-recessive = Er tilstanden recessiv? PM3 gjelder bare for recessive tilstander.
suggest-pm3-ask = Er den andre variantens klassifisering bekreftet i din egen vurdering?
suggest-pm3-homozygous = En homozygot forekomst teller { $points } SVI PM3-poeng (ClinGen SVIs anbefaling for PM3, v1.0; høyst 1,0 fra alle homozygote tilfeller).
suggest-pm3-homozygous-ask = Forklares homozygotien av konsangvinitet eller en delesjon på den andre kopien?
suggest-bs2 = { $role } er frisk og homozygot for denne varianten.
suggest-bs2-ask = Er tilstanden recessiv (eller X-bundet, for en hemizygot mann) og fullt penetrant ved alderen til { $role }? Bare da gjelder BS2.

## Evidensord i økter lagret av tidligere versjoner (avgjørelsene deres
## beholder evidensen slik den ble vist, så disse må fortsatt kunne ordlegges)

evidence-population-af = populasjons-AF (høyeste av { $fields })
evidence-de-novo = probanden bærer den; begge foreldre sikkert homozygote for referansen
evidence-parents-gq = foreldrenes GQ >= { $min }

## Forslag: det som ble vurdert, men ikke foreslått

suggest-remark-pp3-beside-pvs1 = PP3/BP4 foreslås ikke ved siden av PVS1: samme effekt ville blitt telt to ganger.
suggest-remark-bp7-no-spliceai = BP7 krever en spleiseprediksjon; filen har ingen SpliceAI-skår.
suggest-remark-no-frequencies = Filen har ingen populasjonsfrekvenser: PM2, BS1 og BA1 kan ikke foreslås.
suggest-remark-revel-between = REVEL { $score } ligger mellom tersklene for PP3 og BP4: ingen av dem gjelder.
suggest-remark-no-revel = Missens, men filen har ingen REVEL-skår: PP3/BP4 etter REVEL kan ikke foreslås.
suggest-remark-bp4-splice = REVEL peker mot BP4, men SpliceAI predikerer en spleiseeffekt: BP4 foreslås ikke.
suggest-remark-pm3-common = PM3 foreslås ikke: varianten er for hyppig til å være en allel for en recessiv tilstand.
suggest-remark-de-novo-possible = De novo er mulig, men ikke bevist (en forelder mangler, er ikke kalt eller er usikker): PM6 foreslås ikke.
suggest-remark-in-trans-unclassified = I trans med { $variant }: PM3 gjelder når den varianten er klassifisert som patogen eller sannsynlig patogen.
suggest-remark-ba1-exception = Vanlig, men { $variant } står på ClinGen SVIs unntaksliste for BA1 (Ghosh mfl. 2018): BA1 og BS1 foreslås ikke.
suggest-remark-bp4-in-frame = BP4 foreslås ikke fra SpliceAI alene for en endring i leserammen: en spleiseprediksjon sier ingenting om endringen i proteinet.
suggest-remark-de-novo-no-points = De novo, men fenotypen slik den er satt gir { $points } SVI de novo-poeng, under de 0,5 som støttende krever: ingen PS2 eller PM6.
suggest-remark-pm3-dominant = PM3 foreslås ikke: tilstanden er dominant. I trans med en patogen variant ved en fullt penetrant dominant tilstand er evidens for BP2.
suggest-remark-pm3-few-points = PM3 foreslås ikke: denne observasjonen gir { $points } SVI PM3-poeng, under de 0,5 som støttende krever.
suggest-remark-proband-lacks = Probanden bærer ikke denne varianten (homozygot referanse): ingenting foreslås.
suggest-remark-proband-no-call = Probanden har ikke noe kall her: sjekk lesingene før du stoler på forslagene.
suggest-remark-pvs1-non-coding = PVS1 foreslås ikke: det relevante transkriptet { $transcript } er { $biotype }, ikke proteinkodende.
suggest-remark-splice-site-intact = PVS1 foreslås ikke: { $hgvs } lar det kanoniske ±1/±2-spleisedinukleotidet stå (Abou Tayoun 2018). Vurder spleiseeffekten med SpliceAI eller RNA-funn.
suggest-remark-splice-site-unknown = PVS1 foreslås ikke: HGVS ({ $hgvs }) viser ikke om det kanoniske ±1/±2-spleisedinukleotidet er endret. Bruk kriteriet manuelt hvis det er det.
suggest-remark-possible-mosaicism = { $role }: { $failure }. Mulig foreldremosaikk: sjekk lesingene.
suggest-remark-call-doubtful = { $role }: { $failure }. Kallet teller ikke slik det står.

## Merknader til tellingen

classify-given-twice = { $code } er gitt mer enn én gang; den telles én gang, som { $counted }.
classify-retired-zero = { $code } er trukket tilbake: det teller 0 poeng ({ $source }).
classify-ba1-stand-alone = BA1 er frittstående: varianten er benign uansett hva annet som gjelder, med mindre den er et av de kjente vanlige patogene unntakene (som HFE p.Cys282Tyr); da skal BA1 ikke anvendes.
classify-systems-disagree = Poengene ({ $points }) gir { $class }; kombinasjonsreglene fra 2015 gir { $class2015 }.
classify-pm1-pp3-capped = PM1 og PP3 teller til sammen høyst som sterk: { $pp3 } teller som { $capped } ({ $source }).
classify-pm1-pp3-dropped = PM1 og PP3 teller til sammen høyst som sterk: { $pp3 } teller ikke ved siden av { $pm1 } ({ $source }).
classify-pp3-with-pvs1 = { $criterion } teller ikke ved siden av PVS1: det samme funksjonstapet ville blitt telt to ganger ({ $source }).
classify-pm4-with-pvs1 = { $criterion } teller ikke ved siden av PVS1: en endring i proteinlengden er en del av nulleffekten PVS1 teller ({ $source }).
classify-one-de-novo = PS2 og PM6 er én de novo-evidenslinje: { $kept } teller, { $dropped } gjør det ikke ({ $source }).
classify-computational-cap = Beregningsbasert evidens teller høyst som sterk: { $criterion } teller som { $capped } ({ $source }).
classify-bp4-with-pm4 = BP4 ved siden av PM4: hvis BP4 bare bygger på en spleiseprediksjon, sier den ingenting om endringen i leserammen PM4 teller; den bør bygge på en prediksjon på proteinnivå ({ $source }).
classify-pp4-with-de-novo = PP4 ved siden av PS2 eller PM6: SVIs de novo-poeng vekter allerede hvor spesifikk fenotypen er for genet; PP4 for samme fenotype teller den to ganger. Behold PP4 bare om det bygger på andre funn ({ $source }).
classify-2015-no-benign-very-strong = Reglene fra 2015 har ingen svært sterk benign: { $criterion } telles der som sterk.
classify-2015-no-benign-moderate = Reglene fra 2015 har ingen moderat benign: { $criterion } telles der som støttende.
classify-2015-contradict = Etter reglene fra 2015 motsier de patogene og de benigne kriteriene hverandre: usikker betydning.

## Trakten av filtre

funnel-step-file = I filen
funnel-step-panel = I panelet ({ $genes } { $genes ->
        [one] gen
       *[other] gener
    }{ $regions ->
        [0] {""}
        [one] , 1 region
       *[other] , { $regions } regioner
    })
funnel-step-pass = FILTER er PASS
funnel-step-carrier-proband = Båret av probanden
funnel-step-carrier-any = Båret av en prøve
funnel-step-at-least = { $name } minst { $min }
funnel-step-dp = Dybde (DP) minst { $min }
funnel-step-gq = Genotypekvalitet (GQ) minst { $min }
funnel-step-ab = Allelbalanse hos heterozygote { $low } til { $high }
funnel-step-af = Populasjons-AF under { $max }
funnel-step-clinvar = ClinVar: { $names }
funnel-step-regions = I { $regions }
funnel-step-search = Treff på «{ $text }»
search-not-understood = «{ $text }» er ikke et gen, en posisjon (chr17:43045702, 17-43045702-A-G, 17:43000000-43100000), en dbSNP-id (rs80357906) eller en HGVS-beskrivelse (c.5266dup, NM_007294.4:c.5266dup, p.Gln1756fs, p.R1699W)
search-unread = Søket kunne ikke lese filen på nytt: { $reason }
funnel-impact = påvirkning { $impacts }
funnel-splice-region = i spleiseregionen
view-note-needs-proband = { $mode } krever en proband: importer en PED-fil eller velg familiens prøver. Arvegang ble ikke brukt.
view-note-parent-missing = En forelders genotyper finnes ikke i filen, så arvegang kan bare være «mulig», ikke bevist.
view-note-dominant-needs-affected-parent = Ingen av foreldrene er markert som affisert: en arvet dominant variant krever en affisert forelder, så denne arvegangen finner ingenting her. En dominant variant hos dette barnet ville være de novo: bruk de novo-arvegangen.
