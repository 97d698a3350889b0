# Tolkningsnotatet (Markdown, utskriftsvennlig HTML, og fritekstene i
# JSON- og FHIR-eksporten).

note-title = Tolkning av genetiske varianter
note-html-title = Varianttolkning: { $patient }
note-draft = Utkast: ikke ferdig.
note-patient = Pasient
note-analyst = Analytiker
note-pseudonymised = Pseudonymisert
note-pseudonymised-what = Prøvenavn, filnavnet og datoer er byttet ut med nøytrale betegnelser.
note-imported = Importert arbeid
note-imported-from = tatt inn fra øktfilen { $file } { $time }; vurderingene er slik den filen har dem
note-date = Dato
note-referral = Henvisning
note-phenotype = Fenotype
note-phenotype-excluded = Ikke til stede:
note-test = Analyse
note-funnel-caption = Varianter igjen etter hvert filter.
note-findings = Funn ({ $count })
note-no-findings = Ingen variant rapporteres.
note-vus = Varianter med usikker betydning ({ $count })
note-assessed = Også vurdert, ikke rapportert ({ $count })
note-variant = Variant
note-position = Posisjon
note-class = Klasse
note-criteria = Kriterier
note-conclusion = Konklusjon
note-not-written = (ikke skrevet)
note-colophon = Skrevet med { $tool } fra { $file }. Kriteriene er satt av analytikeren; der Tolk foreslo et kriterium, er forslaget og svaret på det oppgitt. Klasser: poeng etter Tavtigian mfl. 2020, med Richards mfl. 2015 til sammenligning.
note-build = Referansegenom
note-build-from = { $build } (fra VCF-hodets ##{ $line }-linje)
note-unknown = ukjent
note-file = Fil
note-file-size = { $name } ({ $bytes } byte)
note-sample = Prøve
note-samples = Prøver i filen
note-no-panel = ingen (alle gener)
# { $name } er panelets navn, eller note-panel-version når det har en versjon.
note-panel-version = { $name } versjon { $version }
note-panel = { $name }: { $genes } gener{ $regions ->
    [0] {""}
   *[other] , { $regions } regioner
}
note-min-confidence = ; gener vurdert { $rating } eller bedre
note-panels = Genpaneler
note-policy = Alvorligste konsekvens over
note-frequency-sources = Populasjonsfrekvens fra
note-frequency-none-in-use = ingen kilde i bruk
note-frequency-not-used = { $used }; ikke brukt: { $unused }
note-mode = Arvemønster
note-filter-step = { $label }: { $left }{ $missing ->
    [0] {""}
   *[other] , { $missing } beholdt fordi verdien mangler
}
note-filters = Filtre (varianter igjen)
note-hgvsg = Genomisk HGVS
note-gene = Gen
note-transcript = Transkript
note-hgvsc = HGVS c.
note-hgvsp = HGVS p.
note-consequence = Konsekvens
note-zygosity = Zygositet
note-fits = Passer med arvemønster
note-origin = Foreldreopphav
note-af = Populasjonsfrekvens (AF)
note-af-absent = ikke funnet i filens frekvenskilder
note-af-not-annotated = ikke annotert: filen har ingen populasjonsfrekvenser i bruk (ikke evidens for at varianten er sjelden)
note-condition = Tilstand
note-condition-with-moi = { $condition }; arvegang { $moi }
note-clinvar-stars = { $stars ->
    [one] 1 stjerne
   *[other] { $stars } stjerner
} av 4
note-clinvar-no-stars = vurderingsstatus finnes ikke i filen
note-confirmation = Bekreftelse
note-audit = Revisjonsdetaljer
note-class-2015 = Klasse etter kombinasjonsreglene i Richards 2015
note-sources = Datakilder (fra filens hode)
note-sources-none = filens hode oppgir ingen
note-limitations = Testens begrensninger
note-scores = Skårer
note-class-line = { $class } ({ $points }: { $points_class })
note-set-by-analyst = ; satt av analytikeren: { $reason }
note-classification = Klassifisering
note-assessed-by = Vurdert
note-lollipop-caption = { $gene }: variantene i visningen langs proteinet da varianten ble vurdert; denne er uthevet.
note-criteria-applied = Anvendte kriterier
note-none = Ingen.
note-considered = Vurdert, ikke anvendt
note-counting-notes = Merknader til tellingen
note-comment = Kommentar
note-evidence = Evidens: { $evidence }
note-family = Familie
note-pedigree-caption = Familien slik den er satt opp for analysen, med standard slektstresymboler: firkant er mann, sirkel kvinne og rombe ukjent kjønn; fylt er affisert, ? er ukjent om affisert, og stiplet er ikke sekvensert; pilen viser probanden.
# Det tverrfaglige møtets beslutning om en variant.
note-meeting = Tverrfaglig møte
note-meeting-dated = { $date }: { $decision }
note-meeting-agreed = omforent klasse { $class }
note-meeting-no-class = ingen klasse avtalt
note-meeting-action = videre tiltak: { $action }
note-meeting-present = til stede: { $names }
note-meeting-differs = Det tverrfaglige møtet konkluderte med { $agreed }, men dette notatet oppgir { $class }.
note-meeting-decisions = Beslutninger fra tverrfaglig møte
# Kontrollørens vurdering av en variant, fra revisjonssporet.
note-review = Kontroll
note-review-agree = { $name } var enig ({ $time })
note-review-disagree = { $name } var uenig ({ $time })
note-review-returned = { $review }; saken ble sendt tilbake til tolkning
note-review-verdicts = Kontrollørens vurderinger
# Signeringen, fra revisjonssporet (tolk_core::trail).
note-signoff = Signering
note-signoff-round = Status
note-signoff-interpreted-by = Tolket av
note-signoff-reviewed-by = Kontrollert av
note-signoff-not-signed = ikke signert
# { $key } er de første tegnene i signeringsnøkkelens ID.
note-signoff-signer = { $name } (nøkkel { $key }…), signert { $time }: { $signature }, { $roster }
note-signoff-valid = gyldig signatur
note-signoff-invalid = ugyldig signatur ({ $problem })
note-signoff-listed = i laboratoriets nøkkelliste
note-signoff-listed-as = i laboratoriets nøkkelliste som { $name }
note-signoff-not-listed = ikke i laboratoriets nøkkelliste
note-signoff-not-checked = ikke kontrollert mot en nøkkelliste
note-signoff-self-review = (kontrollert av den som tolket, slik laboratoriets innstilling for opplæring tillater)
note-signoff-trail = Revisjonsspor
note-signoff-trail-intact = { $entries ->
    [one] 1 oppføring
   *[other] { $entries } oppføringer
}, intakt
note-signoff-trail-broken = { $entries ->
    [one] 1 oppføring
   *[other] { $entries } oppføringer
}, brutt ved oppføring { $at }
note-signoff-work = Arbeidets SHA-256
note-signoff-roster = Nøkkelliste
note-signoff-roster-unnamed = laboratoriets nøkkelliste (uten navn)
note-signoff-broken = Revisjonssporet er brutt ved oppføring { $at }: { $problem }. Signeringen i dette notatet kan ikke stoles på.
note-signoff-bad-signature = Signaturen til { $name } kan ikke verifiseres: { $problem }. Signeringen i dette notatet kan ikke stoles på.
note-signoff-unlisted = Signeringsnøkkelen til { $name } står ikke i laboratoriets nøkkelliste. Signeringen i dette notatet kan ikke stoles på.
note-signoff-unverified = En tidligere signatur i revisjonssporet kan ikke verifiseres eller står ikke i laboratoriets nøkkelliste. Signeringen i dette notatet kan ikke stoles på.
note-signoff-absent = Ingen revisjonsspor (økten ble skrevet før Tolk førte et, eller ingenting er endret ennå).

incomplete-build = Referansegenomet er ukjent: VCF-hodet oppgir det ikke.
incomplete-analyst = Ingen analytiker er oppgitt.
incomplete-patient = Ingen pasientidentifikator.
incomplete-proband = Ingen proband er satt: filen har flere prøver, så angi familiens proband for å si hvem sine genotyper notatet gjelder.
incomplete-conclusion = Ingen konklusjon er skrevet.
incomplete-undecided = Ikke avgjort om den skal rapporteres: { $variants }.
incomplete-benign-reported = { $variant } er merket for rapport, men klassifisert som { $class }.
incomplete-limitations = Testens begrensninger er ikke oppgitt.
incomplete-condition = { $variant }: tilstanden og arvegangen er ikke oppgitt.
incomplete-confirmation = { $variant }: om funnet er bekreftet med en annen metode er ikke oppgitt.
incomplete-strength-reason = { $variant }: { $criteria } brukt med en annen styrke enn den vanlige uten begrunnelse; skriv den i kriteriets kommentar.

# Hvordan et forslag ble besvart, etter «Tolk ».
decision-accepted = foreslo styrken { $suggested }; godtatt
decision-changed = foreslo styrken { $suggested }; anvendt som { $applied }
decision-rejected = foreslo styrken { $suggested }; avvist
decision-then = ; deretter{" "}

fhir-no-criteria = ingen
fhir-implication = ACMG/AMP-kriterier: { $criteria }. { $points } ({ $points_class }).
fhir-set-by-analyst = {" "}Klassen er satt av analytikeren: { $reason }

# Hvorfor notatet gjelder denne prøven.
note-chosen-proband = familiens proband
note-chosen-only = filens eneste prøve

## Øktfiler som ikke kan tas inn

session-error-not-a-session = dette er ikke en øktfil fra Tolk: { $reason }
session-error-newer = denne økten ble skrevet av en nyere Tolk (øktformat { $version }, denne Tolk leser til og med { $supported }): oppdater Tolk for å åpne den
session-error-other-file = denne økten hører til en annen fil ({ $session }); den åpne filen er { $open }: åpne den filen først
session-error-pseudonymised = denne økten ble eksportert mens pseudonymisering var på: prøvenavn og datoer er merkelapper, så den kan ikke gjenopprette arbeid; importer en økt eksportert med pseudonymisering av
session-error-too-large = denne øktfilen har flere { $what } enn noen økt Tolk skriver (høyst { $limit }): den tas ikke inn
session-limit-bytes = byte
session-limit-variants = vurderte varianter
session-limit-sticks = varianter i ett gens figur

## Lagret arbeid i denne nettleseren

storage-unavailable = nettleserens lager kunne ikke åpnes ({ $reason })
storage-unreadable = det lagrede arbeidet kunne ikke leses ({ $reason })
storage-unwritable = arbeidet kunne ikke lagres i denne nettleseren ({ $reason })
storage-aborted = nettleseren nektet å lagre det (lagringen er full, eller ble tømt)
storage-moved-aside = arbeidet lagret på denne filen kunne ikke leses av denne Tolk ({ $reason }); det er lagt til side i denne nettleseren, urørt, og nytt arbeid lagres ved siden av
storage-stale = en annen fane lagret nyere arbeid på denne saken, så denne fanen sluttet å lagre for å ta vare på det
storage-kept-unreadable = arbeidet lagret på denne filen kan ikke leses av denne Tolk, og skrives ikke over
seal-failed = nettleserens kryptering feilet ({ $reason })
seal-unavailable = denne nettleseren har ingen kryptering (WebCrypto)
seal-damaged = det krypterte arbeidet kunne ikke åpnes: det er skadet, eller kryptert med en annen passordfrase
seal-wrong = det er ikke passordfrasen lagret arbeid ble kryptert med
seal-locked = lagret arbeid er kryptert og passordfrasen er ikke gitt i denne siden (Denne datamaskinen)
seal-off = lagret arbeid er ikke kryptert
