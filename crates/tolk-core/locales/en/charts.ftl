# The charts: captions, titles, axes, legends, and each chart in words
# (its text alternative). Gene symbols, SO terms, impacts and score names
# are data.

chart-caption-consequences = Consequences
chart-caption-funnel = Filter funnel
chart-caption-genome = Along the genome
chart-caption-af-score = Frequency against score
chart-caption-quality = Call quality

charts-marks-label = Select a variant in this chart
charts-marks-choose = choose one of { $count }

chart-none-in-view = No variants in view.
chart-no-variants = The file has no variants.
chart-no-samples = The file has no samples.
chart-not-available = n/a
chart-about = about { $n }
chart-no-annotation = no annotation
chart-axis-variants = variants
chart-axis-variants-left = variants left (log scale)
chart-axis-position-mb = position (Mb)
chart-axis-amino-acid = amino acid position
chart-axis-af-log = population AF (log scale)
chart-af-not-found = not found

chart-consequences-title = Worst consequence of the variants in view
chart-consequences-words = Worst consequence of { $total ->
        [one] 1 variant
       *[other] { $total } variants
    } in view: most common { $top }; { $high } of HIGH impact.

chart-funnel-title = Variants left after each filter
chart-funnel-words = The filter funnel. { $steps }.

chart-genome-title = Variants in view along the genome
chart-genome-words = { $total ->
        [one] 1 variant
       *[other] { $total } variants
    } in view on { $chromosomes ->
        [one] 1 chromosome
       *[other] { $chromosomes } chromosomes
    }; most on { $top }.
chart-genome-in-panel = { $count } of them in panel genes.

chart-lollipop-title = Variants in view along the { $gene } protein
chart-lollipop-no-position = No variant of { $gene } in view has a protein position.
chart-lollipop-not-classified = not classified
chart-lollipop-length = of { $length } amino acids
chart-lollipop-length-unknown = of unknown length
chart-lollipop-length-not-given = length not given
chart-lollipop-words = { $count ->
        [one] 1 variant
       *[other] { $count } variants
    } of { $gene } in view along its protein { $length }{ $transcript }; { $unplaced } without a protein position.
chart-lollipop-selected = The selected variant is at position { $position } ({ $consequence }).
chart-lollipop-selected-unplaced = The selected variant has no protein position on this transcript (it is intronic, in a UTR or beyond the coding sequence).

chart-quality-title = Call quality per sample
chart-quality-depth = { $sample } depth
chart-quality-balance = het AB · Ti/Tv { $titv } · het/hom { $hethom }
chart-quality-words = { $sample }: { $calls } calls carrying an ALT in view, median depth { $depth }, median GQ { $gq }, Ti/Tv { $titv }, het/hom { $hethom }.
chart-quality-drawn = { $shown } of the file's { $count } samples are drawn.

chart-scatter-title = Population frequency against pathogenicity score
chart-scatter-none = No REVEL or CADD score in view.
chart-scatter-no-score = The variants in view carry no REVEL or CADD score.
chart-scatter-words = Population AF against { $score } for { $count ->
        [one] 1 variant
       *[other] { $count } variants
    } ({ $unscored } without the score not drawn).
chart-scatter-corner = { $count } are rare (AF below 0.001 or not found) with { $cut }.
chart-scatter-cut-revel = REVEL at least 0.644 (PP3)
chart-scatter-cut-cadd = CADD at least 20

pedigree-title = Family pedigree
pedigree-member = { $role } { $name }: { $sex }, { $affection }
pedigree-affected = affected
pedigree-unaffected = unaffected
pedigree-affection-unknown = affection unknown
pedigree-not-sequenced = not sequenced
pedigree-member-absent = { $role }: not sequenced
