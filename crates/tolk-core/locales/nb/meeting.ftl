# Den delte skjermen: presentasjonsmodus, pseudonymer og hurtigtaster.

pseudonym-file = kasus.vcf
pseudonym-sample = Prøve { $number }
pseudonym-patient = Pasient
pseudonym-date = dato fjernet
pseudonymise-label = Pseudonymiser
pseudonymise-hint = Prøvenavn, filnavnet og datoer byttes ut med nøytrale betegnelser på skjermen og i alt som eksporteres mens dette er på.
pseudonymise-on = Pseudonymisert: prøvenavn, filnavnet og datoer er skjult.
discuss-label = Diskuter i tverrfaglig møte
presentation-open = Presenter ({ $count })
presentation-title = Varianter til diskusjon
presentation-position = Variant { $position } av { $total }
presentation-none = Ingen variant er merket for diskusjon. Velg en variant og kryss av for «Diskuter i tverrfaglig møte», og presenter igjen.
presentation-keys = ← → bytter variant · Esc avslutter
presentation-previous = Forrige variant
presentation-next = Neste variant
presentation-close = Avslutt presentasjonen
presentation-evidence = Evidens
presentation-no-criteria = Ingen kriterier er anvendt ennå.
presentation-classification = Klassifisering
presentation-points = { $points }: { $class }
presentation-override = Satt av analytikeren: { $class }. Begrunnelse: { $reason }
presentation-facts = Varianten
presentation-gene = Genet
presentation-no-gene = Ingen genfigur: varianten har ingen proteinposisjon.
shortcuts-title = Hurtigtaster
shortcuts-open = Hurtigtaster (?)
shortcuts-close = Lukk
shortcuts-key-help = Vis eller skjul denne listen
shortcuts-key-grid-next = Velg neste variant i tabellen
shortcuts-key-grid-previous = Velg forrige variant i tabellen
shortcuts-key-accept = Godta forslaget fokuset ditt er i
shortcuts-key-reject = Avvis forslaget fokuset ditt er i
shortcuts-key-discuss = Merk den valgte varianten for diskusjon, eller fjern merket
shortcuts-key-search = Søk i tabellen (gen, chr:pos, rsID eller HGVS)
shortcuts-key-present = Presenter variantene som er merket for diskusjon
shortcuts-key-pseudonymise = Slå pseudonymisering av eller på
shortcuts-key-next = Neste variant (i tabellen eller presentasjonen)
shortcuts-key-previous = Forrige variant (i tabellen eller presentasjonen)
shortcuts-key-leave = Avslutt presentasjonen eller lukk denne listen
shortcuts-key-tab = Flytt mellom kontrollene; Enter eller mellomrom aktiverer
shortcuts-table = I varianttabellen flytter ↑ og ↓ mellom radene, og Enter eller mellomrom åpner en.
shortcuts-note = Hurtigtaster med én tast gjør ingenting mens du skriver i et felt.

## The meeting's decision

meeting-heading = Teamets beslutning
meeting-class = Omforent klasse
meeting-no-class = Ingen klasse omforent
meeting-action = Neste steg
meeting-present = Til stede
meeting-record = Registrer beslutningen
presentation-case = Kasuset
presentation-referral = Henvisning:
presentation-phenotype = Fenotype:
