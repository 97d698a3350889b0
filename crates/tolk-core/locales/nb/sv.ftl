# Strukturvarianter og kopitallsendringer.
sv-kind-del = delesjon
sv-kind-dup = duplikasjon
sv-kind-inv = inversjon
sv-kind-ins = insersjon
sv-kind-cnv = kopitallsendring
sv-kind-bnd = bruddpunkt
sv-kind-cpx = kompleks rearrangering
funnel-step-svtype = Strukturvarianter: { $types }
funnel-step-size-range = { $min } til { $max } baser lang
funnel-step-size-min = Minst { $min } baser lang
funnel-step-size-max = Høyst { $max } baser lang
funnel-step-sv-reads = Minst { $min } lesninger støtter en strukturvariant
funnel-sv-coding = en strukturvariant som overlapper et transkript
