# Structural variants and copy-number changes.
sv-kind-del = deletion
sv-kind-dup = duplication
sv-kind-inv = inversion
sv-kind-ins = insertion
sv-kind-cnv = copy-number change
sv-kind-bnd = breakend
sv-kind-cpx = complex rearrangement
funnel-step-svtype = Structural variants: { $types }
funnel-step-size-range = { $min } to { $max } bases long
funnel-step-size-min = At least { $min } bases long
funnel-step-size-max = At most { $max } bases long
funnel-step-sv-reads = At least { $min } reads support a structural variant
funnel-sv-coding = a structural variant overlapping a transcript
