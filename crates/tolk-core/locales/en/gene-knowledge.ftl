# What Tolk says about the gene knowledge files a lab opens: gnomAD's gene
# constraint table and GenCC's gene-disease submissions. Column names and
# values from the file are data.

## gnomAD gene constraint

constraint-empty = the gnomAD constraint table holds no genes
constraint-missing-columns = the file is not a gnomAD constraint table: it lacks { $count ->
        [one] the column
       *[other] the columns
    } { $columns }
constraint-short-row = the row has { $found } columns where the header has { $expected }; is the file cut short?
constraint-not-a-number = { $column } is '{ $value }', not a number

## GenCC gene-disease validity

gencc-empty = the GenCC file holds no submissions
gencc-missing-columns = the file is not GenCC's submissions table: it lacks { $count ->
        [one] the column
       *[other] the columns
    } { $columns }
gencc-short-row = the row has { $found } columns where the header has { $expected }; is the file cut short?
gencc-unclosed-quote = a quoted value opens on this line and is never closed; is the file cut short?
gencc-text-after-quote = a quoted value is followed by '{ $text }' before the next tab
gencc-unknown-classification = { $column } is '{ $value }', not one of GenCC's classifications
gencc-no-gene = the row names no gene in { $column }

# A gene-disease relationship's validity, as GenCC classifies it.
gencc-definitive = Definitive
gencc-strong = Strong
gencc-moderate = Moderate
gencc-supportive = Supportive
gencc-limited = Limited
gencc-disputed = Disputed evidence
gencc-refuted = Refuted evidence
gencc-no-known-relationship = No known disease relationship
