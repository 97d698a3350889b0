# Strukturvarianter og kopitallsendringer.
sv-kind-del = delesjon
sv-kind-dup = duplikasjon
sv-kind-inv = inversjon
sv-kind-ins = insersjon
sv-kind-cnv = kopitallsendring
sv-kind-bnd = bruddpunkt
sv-kind-cpx = kompleks rearrangering
funnel-step-svtype = Strukturvarianter: { $types }
funnel-step-size-range = { $min } til { $max } baser lang
funnel-step-size-min = Minst { $min } baser lang
funnel-step-size-max = Høyst { $max } baser lang
funnel-step-sv-reads = Minst { $min } lesninger støtter en strukturvariant
funnel-sv-coding = en strukturvariant som overlapper et transkript
note-sv-bases = { $count } baser
note-sv-mate = koblet til { $mate }
note-sv-imprecise = upresise bruddpunkter
note-sv-genes = Gener som overlappes
note-sv-copies = Kopitall
note-cnv-heading = CNV-evidens (ACMG/ClinGen-poeng, Riggs mfl. 2020)
note-cnv-class-line = { $class } ({ $points } CNV-poeng, { $table })
note-cnv-problems = CNV-poengsettingen må ses over
cnv-table-loss = tabellen for kopitallstap
cnv-table-gain = tabellen for kopitallsøkning
fhir-cnv-implication = ACMG/ClinGen CNV-poeng (Riggs mfl. 2020, { $table }): { $items }; { $points } poeng: { $class }.
table-sv = Strukturvariant
table-sv-calls = CN · SV-lesninger
note-colophon-cnv = Kopitallsendringer som er poengsatt, er klassifisert etter ACMG/ClinGen-skjemaet for CNV (Riggs mfl. 2020).
table-sv-call-title = { $role }: kopitall { $copies }; lesninger som støtter strukturvarianten: { $reads }
detail-sv-heading = Strukturvariant
detail-sv-type = Type
detail-sv-span = Utstrekning
detail-sv-size = Størrelse
detail-sv-size-value = { $bases } baser ({ $short })
detail-sv-size-unknown = ikke oppgitt av variantkalleren
detail-sv-breakpoints = Bruddpunkter
detail-sv-imprecise = upresise (variantkallerens anslag)
detail-sv-ci-start = start { $from } til { $to } bp
detail-sv-ci-end = slutt { $from } til { $to } bp
detail-sv-ci-none = ingen konfidensintervall oppgitt (CIPOS, CIEND)
detail-sv-mate = Bruddende-partner
detail-sv-genes = { $count ->
    [one] Ett gen overlappet
   *[other] { $count } gener overlappet
}
detail-sv-genes-none = Annotasjonen navngir ikke noe gen.
detail-sv-genes-panel = { $count ->
    [0] Ingen av dem er i de aktive panelene.
    [one] Ett av dem er i de aktive panelene (markert).
   *[other] { $count } av dem er i de aktive panelene (markert).
}
detail-sv-in-panel = i panel
detail-sv-gene-whole = helt innenfor
detail-sv-gene-part = delvis
detail-sv-coverage-none = Hvor mye av hvert gen den dekker, leses ikke fra filen; med laboratoriets doseringsliste åpen merkes genene i den som helt innenfor eller delvis.
detail-sv-calls = Kopitall og støttende lesninger
detail-sv-calls-none = Filen oppgir verken kopitall eller støttende lesninger for denne varianten.
detail-sv-col-gt = Genotype
detail-sv-col-cn = Kopitall
detail-sv-col-reads = Støttende lesninger
filter-sv = Strukturvarianter
filter-sv-types = Typer strukturvarianter
filter-sv-only = Bare strukturvarianter
filter-sv-only-hint = Krysser av alle typer: små varianter utelates
filter-min-size = Størrelse minst (baser)
filter-max-size = Størrelse høyst (baser)
filter-size-hint = En strukturvariants størrelse i baser; en liten variants er lengdeforskjellen mellom allelene. Bruddender har ingen størrelse og beholdes.
filter-min-sv-reads = Støttende lesninger minst
filter-min-sv-reads-hint = Lesninger som støtter en strukturvariant (Manta PR + SR, Delly DV + RV, Lumpy SU); små varianter og kall uten tall slipper gjennom
chart-genome-spans = { $count ->
    [one] Én strukturvariant er tegnet som en stolpe langs utstrekningen
   *[other] { $count } strukturvarianter er tegnet som stolper langs utstrekningen
} ({ $kinds }).
chart-legend-span-del = delesjon: hul, under
chart-legend-span-dup = duplikasjon: fylt, over
chart-legend-span-other = annen type: mørk, på linjen
