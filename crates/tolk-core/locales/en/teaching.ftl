# Teaching: the case library and the comparison with the expected answer.

case-library-heading = Teaching cases
case-library-hint = Synthetic patients made by the Tolk team, with expected answers. Open one, classify its variant, then compare your criteria with the expected ones.
case-library-failed = The case library could not be read: { $reason }
case-failed = The case could not be opened: { $reason }
case-heading = Teaching case: { $title }
case-referral = Referral
case-panel = Gene panel
case-task = Classify { $variant }: select it in the table and apply the criteria you find, then compare.
case-reveal = Compare with the expected answer
case-hide = Hide the expected answer
case-expected-class = Expected: { $class }
case-your-class = yours: { $class }
case-class-same = the classes agree.
case-class-differs = the classes differ.
case-criteria = Criteria compared
case-col-criterion = Criterion
case-col-expected = Expected
case-col-yours = Yours
case-col-agreement = Agreement
case-col-why = Why (expected answer)
case-agree-same = Same
case-agree-other-strength = Other strength
case-agree-missed = Missed
case-agree-extra = Not in the answer
case-source = Answers follow the ACMG/AMP 2015 guideline (Richards et al.) with the ClinGen SVI recommendations, counted by points (Tavtigian et al. 2020).

## Exam mode

exam-mode = Exam mode: Tolk's suggestions and the expected answers stay hidden until you submit
exam-status = Exam: Tolk's suggestions and the expected answer are hidden until you submit your classification of the variant.
exam-hint = Classify the variant with the criteria, then submit: the criteria you submit are scored, and the answer is shown.
exam-submit = Submit my classification
exam-suggestions-hidden = Suggestions are hidden in this exam until you submit the variant's classification.
exam-score = Score { $percent } %: { $same } right, { $other } at another strength, { $missed } missed, { $extra } not in the answer.
exam-hidden = hidden in the exam until you submit
exam-info-hidden = The INFO fields (with the file's ClinVar annotation) are hidden in the exam until you submit.
