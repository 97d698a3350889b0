# Kontroll og godkjenning i appen: rundene, signeringsnøkkelen, listen,
# revisjonssporet.

view-review = Kontroll og godkjenning
review-heading = Kontroll og godkjenning
review-no-case = Åpne en sak for å kontrollere den.
review-open = Kontroll og godkjenning

## Runden, i saksraden

review-status-round = runde { $number }
review-status-sent-back = sendt tilbake av { $name }
review-status-in-review = sendt av { $name }; { $agreed } av { $count } godtatt
review-status-finalised = tolket av { $interpreter }, kontrollert av { $reviewer }

## Rundens steg

review-round-heading = Runde: { $round }
review-submitted-by = Sendt til kontroll av { $name } (nøkkel { $key }) { $time }
review-finalised-by = Ferdigstilt av { $name } (nøkkel { $key }) { $time }
review-self-reviewed = Kontrollert av den som tolket, etter laboratoriets opplæringsinnstilling.
review-came-back = Sendt tilbake av { $name }: { $comment }
review-send-hint = Når saken sendes til kontroll, signeres arbeidet slik det er, med din nøkkel. Det kan ikke endres under kontroll: kontrolløren sender det tilbake eller ferdigstiller det.
review-send = Signer og send til kontroll
review-needs-key = Lag signeringsnøkkelen din først (nedenfor): innsending og ferdigstilling signeres.
review-counts = { $agreed } av { $count } varianter godtatt, { $disagreed } ikke godtatt
review-verdict-hint = Gi din vurdering av hver variant under Klassifisering. Ferdigstilling krever at alle varianter er godtatt; uenighet sender saken tilbake.
review-finalise = Signer og ferdigstill
review-finalise-own = Du tolket denne saken: en annen analytiker må kontrollere den (laboratoriets opplæringsinnstilling kan tillate det).
review-finalise-unagreed = Godta hver variant før saken ferdigstilles, eller send den tilbake.
review-finalise-disputed = Noen er uenig i en variant: saken må tilbake til tolkning.
review-needs-name = Skriv navnet ditt (Analytiker, over) først: sporet og notatet navngir den som signerte.
review-back-comment = Hvorfor den sendes tilbake
review-send-back = Send tilbake til tolkning
review-reopen-reason = Hvorfor saken åpnes igjen
review-reopen = Åpne for endring

## Hva et steg sa

review-sent = Sendt til kontroll, signert.
review-finalised = Ferdigstilt, signert.
review-sent-back = Sendt tilbake til tolkning.
review-reopened = Åpnet for endring.
review-case-closed = Saken ble lukket under signeringen: ingenting ble registrert.
review-work-changed = Arbeidet ble endret mens det ble signert: ingenting ble signert. Prøv igjen.

## Vurderingen av en variant

review-verdict-legend = Kontrollørens vurdering
review-verdict-comment = Kommentar (kreves for å være uenig)
review-agree = Godta
review-disagree = Uenig
review-disagree-hint = Skriv først hvorfor i kommentaren
review-verdict-agreed = godtatt
review-verdict-disagreed = ikke godtatt

## Revisjonssporet

review-trail-heading = Revisjonsspor
review-trail-caption = Hver endring og hvert kontrollsteg, nyeste først
review-trail-when = Når
review-trail-who = Hvem
review-trail-what = Hva
review-trail-intact = Sporets { $count } oppføringer er intakte: hver stemmer med sin hash og følger den før, og arbeidet er slik den siste sier.
review-trail-absent = Ingen revisjonsspor ennå: det begynner med første endring.
review-trail-broken = Revisjonssporet er brutt ved oppføring { $entry }: { $reason }. Det kan ikke stoles på.
review-trail-rule = Revisjonssporet bryter kontrollreglene ved oppføring { $entry }: { $reason }.
review-trail-signature = Signaturen til { $name } ved oppføring { $entry } kan ikke bekreftes: { $reason }.
review-signature-valid = signaturen er gyldig
review-signature-invalid = signaturen er UGYLDIG
review-signature-listed = i laboratoriets liste som { $name }
review-signature-not-listed = IKKE i laboratoriets liste
review-signature-no-roster = ikke kontrollert mot en liste (ingen er lagret her)
review-entry-began = Sporet begynte ({ $count } varianter allerede vurdert)
review-entry-imported = Tatt inn fra { $name }
review-entry-submitted = Sendt til kontroll, signert
review-entry-sent-back = Sendt tilbake: { $comment }
review-entry-finalised = Ferdigstilt, signert
review-entry-finalised-self = Ferdigstilt av den som tolket (opplæringsinnstilling), signert
review-entry-reopened = Åpnet igjen: { $reason }

## Signeringsnøkkelen

analysts-key-heading = Din signeringsnøkkel
analysts-key-hint = Laget i denne nettleseren; den private delen forlater den aldri og kan ikke kopieres. Del nøkkelkortet ditt med den som fører laboratoriets liste. En nettleserprofil er ingen identitet: nøkkelen beviser bare at den som signerte, brukte denne profilen.
analysts-key-name = Navnet ditt, slik laboratoriet skriver det
analysts-key-make = Lag signeringsnøkkelen min
analysts-key-mine = { $name }, nøkkel { $key }, laget { $time }
analysts-key-card = Lagre nøkkelkortet mitt
analysts-key-forget = Glem denne nøkkelen
analysts-key-forget-ask = Glemme signeringsnøkkelen din i denne nettleseren? Signaturer som alt er laget, forblir gyldige; du trenger en ny nøkkel, og laboratoriet et nytt kort, for å signere igjen.
analysts-key-made = Signeringsnøkkel { $key } er laget.
analysts-key-forgotten = Signeringsnøkkelen er glemt.

## Laboratoriets liste

analysts-roster-heading = Laboratoriets liste over analytikere
analysts-roster-hint = Analytikerne hvis signaturer laboratoriet godtar. Åpne listen laboratoriet deler ut, eller en analytikers nøkkelkort for å legge det til.
analysts-roster-none = Ingen liste er lagret i denne nettleseren: signaturene kontrolleres, men ikke hvem de tilhører.
analysts-roster-open = Åpne liste eller nøkkelkort
analysts-roster-save = Lagre listen
analysts-roster-forget = Glem listen
analysts-roster-read = { $name } er lest: { $added } analytikere lagt til.
analysts-roster-refused = { $name } ble ikke tatt inn: { $reason }
analysts-self-review = Laboratoriets liste tillater at en analytiker kontrollerer sin egen tolkning (bare til opplæring; notatet sier det). Lagre listen igjen for å dele ut innstillingen.

## En import

review-import-unlisted = Signert av { $names }, som ikke er i laboratoriets liste.
review-import-trail = Revisjonsspor: { $count } oppføringer, intakt; runde: { $round }.
review-import-no-trail = Denne økten har ikke revisjonsspor (skrevet før Tolk førte et).
review-import-drops-trail = den har ikke revisjonsspor, og denne saken har et: å ta den inn ville fjerne sakens historikk. Et spor som er fjernet for hånd, ser akkurat slik ut.
review-import-replaces-trail = Revisjonssporet fortsetter ikke denne sakens: å ta den inn erstatter sakens historikk med filens (en eldre kopi, eller arbeid gjort hver for seg).
