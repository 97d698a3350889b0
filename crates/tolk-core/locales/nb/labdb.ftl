# Laboratoriets egen variantdatabase (tolk_core::labdb).

## Hva laboratoriet vet om en variant

labdb-seen = Sett i { $carriers } av { $cases } { $cases ->
        [one] sak
       *[other] saker
    } i laboratoriet ({ $het } heterozygot, { $hom } homozygot, { $hemi } hemizygot)
labdb-seen-others = Sett i { $carriers } av { $cases } { $cases ->
        [one] annen sak
       *[other] andre saker
    } i laboratoriet ({ $het } heterozygot, { $hom } homozygot, { $hemi } hemizygot)
labdb-worked-only = { $count } { $count ->
        [one] sak telt
       *[other] saker telt
    } bare der varianten er klassifisert
labdb-latest = sist klassifisert { $class } den { $date } ({ $criteria })

## Hvorfor en database, en sak eller en sammenslåing avvises

labdb-error-not-a-database = dette er ikke en laboratoriedatabase fra Tolk: { $reason }
labdb-error-newer = denne laboratoriedatabasen ble skrevet av en nyere Tolk (formatversjon { $version }, denne Tolk leser til og med { $supported }): oppdater Tolk for å åpne den
labdb-error-too-large = denne filen er større enn noen laboratoriedatabase Tolk åpner (høyst { $megabytes } MB)
labdb-error-other-build = laboratoriedatabasen har posisjoner i { $database }, og dette er { $case }: én database har ett referansebygg, så den tas ikke inn
labdb-error-unknown-build = filen til saken sier ikke hvilket referansebygg den er kalt mot: oppgi bygget før saken legges til
labdb-error-no-proband = filen har flere prøver og ingen proband er valgt: angi familien før saken legges til
labdb-error-pseudonymised = denne økten ble eksportert mens pseudonymisering var på: datoene er merkelapper, så den kan ikke legges til; bruk en økt eksportert med pseudonymisering av
labdb-error-no-checksum = økten har ikke SHA-256-sjekksummen til filen sin, som navngir saken i databasen: lagre økten på nytt fra den åpne filen

## What adding a case or merging did

labdb-case-added = Tilfellet ble lagt til laboratoriedatabasen: { $carried } varianter probanden bærer, { $classified } klassifisert. Lagre databasefilen nettleseren tilbyr, og ta vare på den med laboratoriets filer.
labdb-case-replaced = Tilfellet var allerede i laboratoriedatabasen og ble erstattet (ikke telt to ganger): { $carried } varianter probanden bærer, { $classified } klassifisert. Lagre databasefilen nettleseren tilbyr.
labdb-merged = Laboratoriedatabaser slått sammen: { $added } tilfeller lagt til, { $replaced } hentet fra den nyere kopien, { $kept } beholdt som de var. Lagre den sammenslåtte filen nettleseren tilbyr.
