# Revisjonssporet, vurderingsrundene og godkjenningen (tolk_core::trail).

## Runder

trail-round-interpretation = Tolkning
trail-round-review = Til kontroll
trail-round-finalised = Ferdigstilt

## Hvorfor kjeden er brutt (ved oppføring N)

trail-fault-unreadable = oppføringen kan ikke leses av denne versjonen av Tolk
trail-fault-sequence = nummeret står i feil rekkefølge: en oppføring er fjernet eller flyttet
trail-fault-previous = den følger ikke oppføringen før: en oppføring er fjernet, lagt til eller flyttet
trail-fault-hash = innholdet stemmer ikke lenger med hashen: den er endret etter at den ble skrevet
trail-fault-work-after = arbeidet er endret etter denne oppføringen uten å bli registrert

## Steg rundene ikke tillater

trail-rule-beginning = sporet begynner ikke med sin start
trail-rule-change-outside-interpretation = arbeidet kan bare endres under tolkning
trail-rule-wrong-round = dette steget er ikke mulig i sakens nåværende runde
trail-rule-unsigned-step = dette steget krever analytikerens egen signeringsnøkkel
trail-rule-same-reviewer = kontrollen må gjøres av en annen enn den som tolket
trail-rule-self-review-not-allowed = laboratoriets liste tillater ikke at en analytiker kontrollerer sin egen tolkning
trail-rule-not-agreed = kontrolløren må være enig i hver variant før saken ferdigstilles
trail-rule-work-moved = en oppføring som ikke endrer noe, oppgir en annen tilstand for arbeidet

## Signaturer

trail-signature-algorithm = signaturen er ikke ECDSA P-256 med SHA-256
trail-signature-malformed = signaturen eller den offentlige nøkkelen er ugyldig
trail-signature-key-id = nøkkel-ID-en hører ikke til den offentlige nøkkelen
trail-signature-invalid = signaturen stemmer ikke med denne oppføringen
