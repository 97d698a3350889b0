# What the lab already knows: knowledge files, the lab database, reanalysis.

table-clinvar-current = ClinVar now
table-lab = This lab
table-loeuf = LOEUF
knowledge-kind-clinvar = ClinVar
knowledge-kind-constraint = gnomAD gene constraint
knowledge-kind-gencc = GenCC gene-disease validity
knowledge-kind-dosage = ClinGen dosage sensitivity genes
knowledge-kind-labdb = The lab's variant database
knowledge-unknown-kind = { $file } is none of the knowledge files Tolk reads: ClinVar's VCF, gnomAD's gene constraint table, GenCC's submissions, ClinGen's dosage sensitivity gene list or a lab database.
knowledge-not-text = { $file } is not text (UTF-8).
knowledge-unreadable = The file could not be read: { $reason }
knowledge-too-large = The file holds more than { $limit } MB of text: it is not a knowledge file Tolk reads whole.
knowledge-file-failed = { $file } was not read: { $reason }
table-lab-cases = { $cases ->
    [one] 1 case
   *[other] { $cases } cases
}
table-lab-differs = This lab classified it differently before
part-known = Known
known-open-more = Knowledge files are opened under Lab knowledge, and kept in this browser.
known-clinvar-heading = ClinVar
known-no-clinvar = No ClinVar file is open.
known-clinvar-absent = Not in the ClinVar release opened.
known-clinvar-now = Now: { $significance } ({ $stars } ★), release { $release }
known-clinvar-conflicts = Submitters: { $conflicts }
known-clinvar-annotation = The file's annotation says: { $significance }
known-clinvar-changed = ClinVar says something else now than the file's annotation.
known-lab-heading = This lab
known-no-labdb = No lab database is open.
known-lab-unseen = Not seen in this lab's other cases.
known-lab-seen = Seen in { $carriers } of { $cases } other cases (heterozygous { $het }, homozygous { $hom }, hemizygous { $hemi }).
known-lab-worked-only = { $cases ->
    [one] 1 of them counts only the variants classified in it.
   *[other] { $cases } of them count only the variants classified in them.
}
known-lab-by = { $date }, { $analyst }
known-lab-differs = This lab classified it as { $lab } before; this case has it as { $ours }.
known-lab-start = Start from the lab's last classification
known-lab-from = As this lab classified it on { $date }
known-gene-heading = The gene { $gene }
known-constraint = pLI { $pli }, LOEUF { $loeuf }, missense Z { $misz } ({ $version })
known-constraint-intolerant = LOEUF marks the gene as strongly intolerant of loss of function: context for PVS1 (is loss of function the mechanism?).
known-constraint-tolerant = LOEUF does not mark the gene as intolerant of loss of function: PVS1 needs loss of function to be the established mechanism.
view-knowledge = Lab knowledge
knowledge-heading = What the lab already knows
knowledge-intro = Knowledge files come from this computer's disk and stay in this browser; Tolk never fetches them. ClinVar's VCF (clinvar.vcf.gz), gnomAD's gene constraint table, GenCC's submissions, ClinGen's dosage sensitivity gene list (for scoring CNVs) and the lab's own variant database are told apart by their content.
knowledge-open = Open knowledge files
knowledge-kind = Kind
knowledge-file = File
knowledge-version = Release
knowledge-state = State
knowledge-forget = Forget
knowledge-stored = Kept in this browser
knowledge-reading = Reading…
knowledge-ready = Read in { $seconds } s ({ $memory } MB in the engine)
labdb-heading = The lab's variant database
labdb-intro = Each case added gives its classifications and the variants its proband carries, under a pseudonymous case id (a hash of the file). The database is kept in this browser and saved as a file the lab keeps; opening another database file merges it in.
labdb-add-case = Add this case to the lab database
labdb-national-heading = The national export
labdb-national-intro = Sites only, without sample names, file names, analysts, case ids or comments not marked shareable. Counts below the threshold are left out.
labdb-min-count = Leave out counts below
labdb-export-vcf = Save the sites-only VCF
labdb-export-tsv = Save in ClinVar's submission columns
reanalysis-heading = What changed for this case
reanalysis-intro = Compared with what the case's classified variants were worked with: ClinVar's class, the lab's later classifications, the genes of its panels.
reanalysis-none = Nothing has changed for this case's classified variants.
reanalysis-was-release = ClinVar's file then
reanalysis-was-annotation = the file's annotation
reanalysis-clinvar = { $variant }: ClinVar now says { $now } ({ $stars } ★, release { $release }); it said { $was } ({ $source }).
reanalysis-lab = { $variant }: classified in this lab since, as { $class } on { $date } ({ $criteria }).
reanalysis-panel-added = { $gene } joined { $panel } (version { $was } → { $now }).
reanalysis-panel-dropped = { $gene } left { $panel } (version { $was } → { $now }).
comment-shareable = The comment may go into the national export (it names no patient)
note-knowledge-files = Knowledge files
evidence-loeuf = LOEUF of the gene ({ $version })
evidence-loeuf-mark = strongly intolerant of loss of function below { $limit }: context for whether loss of function is the mechanism
suggest-remark-pp2-bp1-constraint = The gene's missense Z is { $misz } and its LOEUF { $loeuf } ({ $version }): context for PP2 (missense a common mechanism, benign missense rare) and BP1 (truncation the mechanism). Tolk suggests neither: the gene's mechanism is the lab's to say.
reanalysis-notice = { $changes ->
    [one] Newer knowledge changes something for this case's variants.
   *[other] Newer knowledge changes { $changes } things for this case's variants.
}
reanalysis-notice-show = See what changed
panel-col-gencc = GenCC
labdb-save = Save the lab database
knowledge-truncated = The compressed file ends in the middle of a block: it is truncated (an incomplete download or copy?).
knowledge-corrupt = The compressed data is corrupt ({ $detail }): the file is damaged.
dosage-no-header = The file is not ClinGen's gene curation list: no commented header line names its columns (#Gene Symbol…).
dosage-missing-columns = the file is not ClinGen's gene curation list: it lacks { $count ->
    [one] the column
   *[other] the columns
} { $columns }
dosage-short-row = the row has { $found } cells where { $expected } are needed
dosage-no-gene = the row names no gene in { $column }
dosage-unknown-score = { $column } is “{ $value }”: ClinGen scores 0, 1, 2, 3, 30, 40 or “Not yet evaluated”
dosage-bad-location = the genomic location “{ $value }” is not written chromosome:start-end
dosage-empty = The file holds no genes.
