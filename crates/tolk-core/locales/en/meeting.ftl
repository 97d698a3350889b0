# The shared screen: presentation mode, pseudonyms and keyboard shortcuts.

pseudonym-file = case.vcf
pseudonym-sample = Sample { $number }
pseudonym-patient = Patient
pseudonym-date = date removed
pseudonymise-label = Pseudonymise
pseudonymise-hint = Sample names, the file name and dates are replaced with neutral labels on screen and in every export made while this is on.
pseudonymise-on = Pseudonymised: sample names, the file name and dates are hidden.
discuss-label = Discuss at the team meeting
presentation-open = Present ({ $count })
presentation-title = Variants for discussion
presentation-position = Variant { $position } of { $total }
presentation-none = No variant is marked for discussion. Select a variant and tick "Discuss at the team meeting", then present again.
presentation-keys = ← → move between variants · Esc leaves
presentation-previous = Previous variant
presentation-next = Next variant
presentation-close = Leave presentation
presentation-evidence = Evidence
presentation-no-criteria = No criterion applied yet.
presentation-classification = Classification
presentation-points = { $points }: { $class }
presentation-override = Set by the analyst: { $class }. Reason: { $reason }
presentation-facts = The variant
presentation-gene = The gene
presentation-no-gene = No gene figure: the variant has no protein position.
shortcuts-title = Keyboard shortcuts
shortcuts-open = Keyboard shortcuts (?)
shortcuts-close = Close
shortcuts-key-help = Show or hide this list
shortcuts-key-grid-next = Select the next variant in the grid
shortcuts-key-grid-previous = Select the previous variant in the grid
shortcuts-key-accept = Accept the suggestion your focus is in
shortcuts-key-reject = Reject the suggestion your focus is in
shortcuts-key-discuss = Mark the selected variant for discussion, or unmark it
shortcuts-key-search = Search the grid (a gene, chr:pos, rsID or HGVS)
shortcuts-key-present = Present the variants marked for discussion
shortcuts-key-pseudonymise = Pseudonymise on or off
shortcuts-key-next = Next variant (in the table or the presentation)
shortcuts-key-previous = Previous variant (in the table or the presentation)
shortcuts-key-leave = Leave the presentation or close this list
shortcuts-key-tab = Move between controls; Enter or Space activates
shortcuts-table = In the variant table, ↑ and ↓ move between rows and Enter or Space opens one.
shortcuts-note = Single-key shortcuts do nothing while you type in a field.

## The meeting's decision

meeting-heading = The team's decision
meeting-class = Agreed class
meeting-no-class = No class agreed
meeting-action = Next step
meeting-present = Present
meeting-record = Record the decision
presentation-case = The case
presentation-referral = Referral:
presentation-phenotype = Phenotype:
