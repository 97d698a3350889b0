# Det Tolk sier om genkunnskapsfilene et laboratorium åpner: gnomADs tabell
# over genbegrensning (constraint) og GenCCs innsendte gen–sykdom-vurderinger.
# Kolonnenavn og verdier fra filen er data.

## gnomAD genbegrensning

constraint-empty = gnomADs constraint-tabell inneholder ingen gener
constraint-missing-columns = filen er ikke en gnomAD constraint-tabell: den mangler { $count ->
        [one] kolonnen
       *[other] kolonnene
    } { $columns }
constraint-short-row = raden har { $found } kolonner der headeren har { $expected }; er filen avkortet?
constraint-not-a-number = { $column } er '{ $value }', ikke et tall

## GenCC gen–sykdom-validitet

gencc-empty = GenCC-filen inneholder ingen innsendinger
gencc-missing-columns = filen er ikke GenCCs tabell over innsendinger: den mangler { $count ->
        [one] kolonnen
       *[other] kolonnene
    } { $columns }
gencc-short-row = raden har { $found } kolonner der headeren har { $expected }; er filen avkortet?
gencc-unclosed-quote = en verdi i anførselstegn begynner på denne linjen og avsluttes aldri; er filen avkortet?
gencc-text-after-quote = en verdi i anførselstegn følges av '{ $text }' før neste tabulator
gencc-unknown-classification = { $column } er '{ $value }', ikke en av GenCCs klassifikasjoner
gencc-no-gene = raden oppgir ikke noe gen i { $column }

# Validiteten til en gen–sykdom-sammenheng, slik GenCC klassifiserer den.
gencc-definitive = Definitiv
gencc-strong = Sterk
gencc-moderate = Moderat
gencc-supportive = Støttende
gencc-limited = Begrenset
gencc-disputed = Omstridt evidens
gencc-refuted = Tilbakevist evidens
gencc-no-known-relationship = Ingen kjent sykdomssammenheng
