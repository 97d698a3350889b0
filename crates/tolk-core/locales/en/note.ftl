# The interpretation note (Markdown, printable HTML, and the free text of
# the JSON and FHIR exports).

note-title = Genetic variant interpretation
note-html-title = Variant interpretation: { $patient }
note-draft = Draft: not complete.
note-patient = Patient
note-analyst = Analyst
note-pseudonymised = Pseudonymised
note-pseudonymised-what = Sample names, the file name and dates are replaced with neutral labels.
note-imported = Imported work
note-imported-from = taken in from the session file { $file } on { $time }; its decisions are as that file holds them
note-date = Date
note-referral = Referral
note-phenotype = Phenotype
note-phenotype-excluded = Not present:
note-test = Test
note-funnel-caption = Variants left after each filter.
note-findings = Findings ({ $count })
note-no-findings = No variant is reported.
note-vus = Variants of uncertain significance ({ $count })
note-assessed = Also assessed, not reported ({ $count })
note-variant = Variant
note-position = Position
note-class = Class
note-criteria = Criteria
note-conclusion = Conclusion
note-not-written = (not written)
note-colophon = Written with { $tool } from { $file }. Criteria were applied by the analyst; where Tolk suggested one, the suggestion and the answer to it are given. Classes: Tavtigian et al. 2020 points, with Richards et al. 2015 for comparison.
note-build = Reference build
note-build-from = { $build } (from the VCF header's ##{ $line } line)
note-unknown = unknown
note-file = File
note-file-size = { $name } ({ $bytes } bytes)
note-sample = Sample
note-samples = Samples in the file
note-no-panel = none (all genes)
# { $name } is the panel's name, or note-panel-version when it has one.
note-panel-version = { $name } version { $version }
note-panel = { $name }: { $genes } genes{ $regions ->
    [0] {""}
   *[other] , { $regions } regions
}
note-min-confidence = ; genes rated { $rating } or better
note-panels = Panels
note-policy = Worst consequence over
note-frequency-sources = Population frequency from
note-frequency-none-in-use = no source in use
note-frequency-not-used = { $used }; not used: { $unused }
note-mode = Inheritance mode
note-filter-step = { $label }: { $left }{ $missing ->
    [0] {""}
   *[other] , { $missing } kept for want of a value
}
note-filters = Filters (variants left)
note-hgvsg = Genomic HGVS
note-gene = Gene
note-transcript = Transcript
note-hgvsc = HGVS c.
note-hgvsp = HGVS p.
note-consequence = Consequence
note-zygosity = Zygosity
note-fits = Fits inheritance
note-origin = Parental origin
note-af = Population AF
note-af-absent = not found in the file's frequency sources
note-af-not-annotated = not annotated: the file has no population frequencies in use (not evidence of rarity)
note-condition = Condition
note-condition-with-moi = { $condition }; inheritance { $moi }
note-clinvar-stars = { $stars ->
    [one] 1 star
   *[other] { $stars } stars
} of 4
note-clinvar-no-stars = review status not in the file
note-confirmation = Confirmation
note-audit = Audit detail
note-class-2015 = Class by the Richards 2015 combining rules
note-sources = Data sources (from the file's header)
note-sources-none = the file's header names none
note-limitations = Limitations of the test
note-scores = Scores
note-class-line = { $class } ({ $points }: { $points_class })
note-set-by-analyst = ; set by the analyst: { $reason }
note-classification = Classification
note-assessed-by = Assessed
note-lollipop-caption = { $gene }: the variants in view along the protein when the variant was assessed; this one outlined.
note-criteria-applied = Criteria applied
note-none = None.
note-considered = Considered, not applied
note-counting-notes = Counting notes
note-comment = Comment
note-evidence = Evidence: { $evidence }
note-family = Family
note-pedigree-caption = The family as set for the analysis, in the standard pedigree symbols: a square is male, a circle female, a diamond of unknown sex; filled is affected, ? is affection unknown, dashed is not sequenced; the arrow marks the proband.
# The team meeting's decision on a variant.
note-meeting = Team meeting
note-meeting-dated = { $date }: { $decision }
note-meeting-agreed = agreed class { $class }
note-meeting-no-class = no class agreed
note-meeting-action = action: { $action }
note-meeting-present = present: { $names }
note-meeting-differs = The team meeting agreed on { $agreed }, but this note reports { $class }.
note-meeting-decisions = Team meeting decisions
# The reviewer's verdict on a variant, from the audit trail.
note-review = Review
note-review-agree = { $name } agreed ({ $time })
note-review-disagree = { $name } disagreed ({ $time })
note-review-returned = { $review }; the case was sent back to interpretation
note-review-verdicts = Reviewer's verdicts
# The sign-off, from the audit trail (tolk_core::trail).
note-signoff = Sign-off
note-signoff-round = Round
note-signoff-interpreted-by = Interpreted by
note-signoff-reviewed-by = Reviewed by
note-signoff-not-signed = not signed
# { $key } is the first characters of the signing key's id.
note-signoff-signer = { $name } (key { $key }…), signed { $time }: { $signature }, { $roster }
note-signoff-valid = signature valid
note-signoff-invalid = signature not valid ({ $problem })
note-signoff-listed = in the lab's roster
note-signoff-listed-as = in the lab's roster as { $name }
note-signoff-not-listed = not in the lab's roster
note-signoff-not-checked = not checked against a roster
note-signoff-self-review = (reviewed by the interpreter under the lab's training setting)
note-signoff-trail = Audit trail
note-signoff-trail-intact = { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
}, intact
note-signoff-trail-broken = { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
}, broken at entry { $at }
note-signoff-work = Work SHA-256
note-signoff-roster = Roster
note-signoff-roster-unnamed = the lab's roster (no name given)
note-signoff-broken = The audit trail is broken at entry { $at }: { $problem }. This note's sign-off cannot be trusted.
note-signoff-bad-signature = The signature of { $name } does not verify: { $problem }. This note's sign-off cannot be trusted.
note-signoff-unlisted = The signing key of { $name } is not in the lab's roster. This note's sign-off cannot be trusted.
note-signoff-unverified = A signature earlier in the audit trail does not verify or is not in the lab's roster. This note's sign-off cannot be trusted.
note-signoff-absent = No audit trail (the session was written before Tolk kept one, or nothing has been changed yet).

incomplete-build = The reference build is unknown: the VCF header does not name it.
incomplete-analyst = No analyst is named.
incomplete-patient = No patient identifier.
incomplete-proband = No proband is set: the file has several samples, so set the family's proband to say whose genotypes the note reports.
incomplete-conclusion = No conclusion is written.
incomplete-undecided = Not yet decided whether to report: { $variants }.
incomplete-benign-reported = { $variant } is marked for the report but classified { $class }.
incomplete-limitations = The test's limitations are not stated.
incomplete-condition = { $variant }: the condition and its mode of inheritance are not given.
incomplete-confirmation = { $variant }: whether the call was confirmed by another method is not given.
incomplete-strength-reason = { $variant }: { $criteria } applied away from the usual strength without a reason; write one in the criterion's comment.

# How a suggestion was answered, after "Tolk ".
decision-accepted = suggested at { $suggested }; accepted
decision-changed = suggested at { $suggested }; applied at { $applied }
decision-rejected = suggested at { $suggested }; rejected
decision-then = ; then{" "}

fhir-no-criteria = none
fhir-implication = ACMG/AMP criteria: { $criteria }. { $points } ({ $points_class }).
fhir-set-by-analyst = {" "}Class set by the analyst: { $reason }

# Why the note's sample is the one it is about.
note-chosen-proband = the family's proband
note-chosen-only = the file's only sample

## Session files that cannot be taken in

session-error-not-a-session = this is not a Tolk session file: { $reason }
session-error-newer = this session was written by a newer Tolk (session format { $version }, this Tolk reads up to { $supported }): update Tolk to open it
session-error-other-file = this session belongs to another file ({ $session }); the open file is { $open }: open that file first
session-error-pseudonymised = this session was exported while pseudonymising: its sample names and dates are labels, so it cannot restore work; import a session exported with pseudonymise off
session-error-too-large = this session file holds more { $what } than any session Tolk writes (at most { $limit }): it is not taken in
session-limit-bytes = bytes
session-limit-variants = worked variants
session-limit-sticks = variants in one gene's figure

## Saved work in this browser

storage-unavailable = the browser's storage could not be opened ({ $reason })
storage-unreadable = the saved work could not be read ({ $reason })
storage-unwritable = the work could not be saved in this browser ({ $reason })
storage-aborted = the browser refused to store it (storage full, or cleared)
storage-moved-aside = the work saved on this file could not be read by this Tolk ({ $reason }); it was kept aside in this browser, untouched, and new work is saved beside it
storage-stale = another tab saved newer work on this case, so this tab stopped saving to keep it
storage-kept-unreadable = the work saved on this file cannot be read by this Tolk, and is not written over
seal-failed = the browser's encryption failed ({ $reason })
seal-unavailable = this browser offers no encryption (WebCrypto)
seal-damaged = the encrypted work could not be opened: it is damaged, or sealed with another passphrase
seal-wrong = that is not the passphrase saved work was encrypted with
seal-locked = saved work is encrypted and the passphrase has not been given in this page (This computer)
seal-off = saved work is not encrypted
