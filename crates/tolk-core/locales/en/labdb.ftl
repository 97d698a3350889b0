# The lab's own variant database (tolk_core::labdb).

## What the lab knows of a variant

labdb-seen = Seen in { $carriers } of { $cases } { $cases ->
        [one] case
       *[other] cases
    } in the lab ({ $het } heterozygous, { $hom } homozygous, { $hemi } hemizygous)
labdb-seen-others = Seen in { $carriers } of { $cases } other { $cases ->
        [one] case
       *[other] cases
    } in the lab ({ $het } heterozygous, { $hom } homozygous, { $hemi } hemizygous)
labdb-worked-only = { $count } { $count ->
        [one] case counted
       *[other] cases counted
    } only where classified
labdb-latest = last classified { $class } on { $date } ({ $criteria })

## Why a database, a case or a merge is refused

labdb-error-not-a-database = this is not a Tolk lab database: { $reason }
labdb-error-newer = this lab database was written by a newer Tolk (format version { $version }, this Tolk reads up to { $supported }): update Tolk to open it
labdb-error-too-large = this file is larger than any lab database Tolk opens (at most { $megabytes } MB)
labdb-error-other-build = the lab database holds { $database } positions and this is { $case }: one database holds one build, so it is not taken in
labdb-error-unknown-build = the case's file does not say which reference build it was called against: give the build before adding the case
labdb-error-no-proband = the file has several samples and no proband is set: set the family before adding the case
labdb-error-pseudonymised = this session was exported while pseudonymising: its dates are labels, so it cannot be added; use a session exported with pseudonymise off
labdb-error-no-checksum = the session does not hold its file's SHA-256 checksum, which names the case in the database: save the session again from the open file

## What adding a case or merging did

labdb-case-added = The case was added to the lab database: { $carried } variants its proband carries, { $classified } classified. Save the database file the browser offers, and keep it with the lab's files.
labdb-case-replaced = The case was in the lab database already and was replaced (not counted twice): { $carried } variants its proband carries, { $classified } classified. Save the database file the browser offers.
labdb-merged = Lab databases merged: { $added } cases added, { $replaced } taken from the newer copy, { $kept } kept as they were. Save the merged file the browser offers.
