# Undervisning: kasusbiblioteket og sammenligningen med fasiten.

case-library-heading = Undervisningskasus
case-library-hint = Syntetiske pasienter laget av Tolk-teamet, med fasit. Åpne ett, klassifiser varianten, og sammenlign kriteriene dine med fasitens.
case-library-failed = Kasusbiblioteket kunne ikke leses: { $reason }
case-failed = Kasuset kunne ikke åpnes: { $reason }
case-heading = Undervisningskasus: { $title }
case-referral = Henvisning
case-panel = Genpanel
case-task = Klassifiser { $variant }: velg den i tabellen og anvend kriteriene du finner, og sammenlign deretter.
case-reveal = Sammenlign med fasit
case-hide = Skjul fasit
case-expected-class = Fasit: { $class }
case-your-class = din: { $class }
case-class-same = klassene stemmer overens.
case-class-differs = klassene er ulike.
case-criteria = Kriterier sammenlignet
case-col-criterion = Kriterium
case-col-expected = Fasit
case-col-yours = Din
case-col-agreement = Samsvar
case-col-why = Begrunnelse (fasit)
case-agree-same = Likt
case-agree-other-strength = Annen styrke
case-agree-missed = Mangler
case-agree-extra = Ikke i fasit
case-source = Fasiten følger ACMG/AMP-retningslinjen fra 2015 (Richards mfl.) med ClinGen SVIs anbefalinger, talt i poeng (Tavtigian mfl. 2020).

## Exam mode

exam-mode = Eksamensmodus: Tolks forslag og fasitsvarene er skjult til du leverer
exam-status = Eksamen: Tolks forslag og fasitsvaret er skjult til du leverer din klassifisering av varianten.
exam-hint = Klassifiser varianten med kriteriene, og lever: kriteriene du leverer får poeng, og fasit vises.
exam-submit = Lever min klassifisering
exam-suggestions-hidden = Forslagene er skjult i denne eksamenen til du leverer klassifiseringen av varianten.
exam-score = Poeng { $percent } %: { $same } riktige, { $other } med annen styrke, { $missed } mangler, { $extra } ikke i fasit.
exam-hidden = skjult i eksamenen til du leverer
exam-info-hidden = INFO-feltene (med filens ClinVar-annotasjon) er skjult i eksamenen til du leverer.
