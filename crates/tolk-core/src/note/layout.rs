//! The note as a reader sees it: headings, label/value facts, lists and
//! tables of plain text. Markdown and HTML render these same blocks, so
//! the two formats cannot say different things; each renderer escapes
//! every string it is given.

use super::{Figures, Note, NoteMeeting, NoteVariant};
use crate::annotation::FrequencySource;
use crate::i18n::{Arg, Lang};
use crate::words;

/// A piece of the document. All text is plain, unescaped.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Level 1 is the title.
    Heading(u8, String),
    /// Label and value pairs, shown as a two-column table.
    Facts(Vec<(String, String)>),
    /// Items with a bold lead (may be empty) and the rest of the line.
    List(Vec<(String, String)>),
    /// Free text as the analyst wrote it; line breaks kept.
    Text(String),
    Table {
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// Emphasised text that the reader should not miss.
    Caution(Vec<String>),
    /// Where a printed page may break before (a variant's section).
    PageBreakHint,
    /// A chart: an `<svg>` element from [`Figures`] (trusted, not text),
    /// and its caption (text).
    Figure {
        svg: String,
        caption: String,
    },
}

/// The note's blocks, with `figures` where they belong.
pub fn blocks(note: &Note, figures: &Figures) -> Vec<Block> {
    let lang = note.language;
    let t = |key: &str| lang.t(key);
    let mut out = vec![Block::Heading(1, t(msg!("note-title")))];
    if !note.incomplete.is_empty() {
        let mut lines = vec![t(msg!("note-draft"))];
        lines.extend(note.incomplete.iter().cloned());
        out.push(Block::Caution(lines));
    }
    let mut facts = vec![
        (t(msg!("note-patient")), note.patient.identifier.clone()),
        (t(msg!("note-analyst")), note.analyst.clone()),
        (t(msg!("note-date")), words::time(&note.date)),
    ];
    if note.pseudonymised {
        facts.push((t(msg!("note-pseudonymised")), t(msg!("note-pseudonymised-what"))));
    }
    if let Some(i) = &note.imported {
        let args = [("file", (&i.file_name).into()), ("time", words::time(&i.at).into())];
        facts.push((t(msg!("note-imported")), lang.t_with(msg!("note-imported-from"), &args)));
    }
    if !note.referral.trim().is_empty() {
        facts.push((t(msg!("note-referral")), note.referral.clone()));
    }
    if !note.phenotype.is_empty() {
        let terms = note.phenotype.iter().map(|p| {
            let term = match &p.hpo {
                Some(id) if p.text.is_empty() => id.clone(),
                Some(id) => format!("{id} {}", p.text),
                None => p.text.clone(),
            };
            match p.excluded {
                true => format!("{} {term}", t(msg!("note-phenotype-excluded"))),
                false => term,
            }
        });
        facts.push((t(msg!("note-phenotype")), terms.collect::<Vec<_>>().join("; ")));
    }
    out.push(Block::Facts(facts));

    out.push(Block::Heading(2, t(msg!("note-test"))));
    out.push(Block::Facts(test_facts(note)));
    if let Some(svg) = &figures.pedigree {
        out.push(Block::Figure { svg: svg.clone(), caption: t(msg!("note-pedigree-caption")) });
    }
    if let Some(svg) = &figures.funnel {
        out.push(Block::Figure { svg: svg.clone(), caption: t(msg!("note-funnel-caption")) });
    }

    out.push(Block::Heading(2, lang.t_with(msg!("note-findings"), &[("count", note.findings.len().into())])));
    if note.findings.is_empty() {
        out.push(Block::Text(t(msg!("note-no-findings"))));
    }
    for (i, v) in note.findings.iter().enumerate() {
        variant_blocks(&mut out, lang, i + 1, v, figures);
    }
    if !note.vus.is_empty() {
        out.push(Block::Heading(2, lang.t_with(msg!("note-vus"), &[("count", note.vus.len().into())])));
        for (i, v) in note.vus.iter().enumerate() {
            variant_blocks(&mut out, lang, i + 1, v, figures);
        }
    }
    if !note.assessed.is_empty() {
        out.push(Block::Heading(2, lang.t_with(msg!("note-assessed"), &[("count", note.assessed.len().into())])));
        out.push(Block::Table {
            head: [msg!("note-variant"), msg!("note-position"), msg!("note-class"), msg!("note-criteria")]
                .map(t)
                .to_vec(),
            rows: note
                .assessed
                .iter()
                .map(|v| vec![v.label(), v.position.clone(), v.class.label(lang), v.criteria_line()])
                .collect(),
        });
        // The table has no room for the team's decisions: they follow it,
        // a disagreement with the class said as plainly as in a section.
        let decided: Vec<(String, String)> = note
            .assessed
            .iter()
            .filter_map(|v| {
                let m = v.meeting.as_ref()?;
                let line = meeting_line(lang, m);
                Some((v.label(), meeting_differs(lang, m, v).map_or_else(|| line.clone(), |d| format!("{line}. {d}"))))
            })
            .collect();
        if !decided.is_empty() {
            out.push(Block::Heading(3, t(msg!("note-meeting-decisions"))));
            out.push(Block::List(decided));
        }
    }
    out.push(Block::Heading(2, t(msg!("note-conclusion"))));
    out.push(Block::Text(if note.conclusion.trim().is_empty() {
        t(msg!("note-not-written"))
    } else {
        note.conclusion.clone()
    }));
    out.push(Block::Text(
        lang.t_with(msg!("note-colophon"), &[("tool", (&note.tool).into()), ("file", (&note.test.file_name).into())]),
    ));
    out
}

fn test_facts(note: &Note) -> Vec<(String, String)> {
    let lang = note.language;
    let t = |key: &str| lang.t(key);
    let tw = |key: &str, args: &[(&str, Arg)]| lang.t_with(key, args);
    let test = &note.test;
    let build = match (test.build, &test.build_source) {
        (Some(b), Some(source)) => tw(msg!("note-build-from"), &[("build", b.name().into()), ("line", source.into())]),
        (Some(b), None) => b.name().to_owned(),
        _ => t(msg!("note-unknown")),
    };
    let mut facts = vec![
        (t(msg!("note-build")), build),
        (
            t(msg!("note-file")),
            tw(
                msg!("note-file-size"),
                &[("name", (&test.file_name).into()), ("bytes", test.file_size.to_string().into())],
            ),
        ),
        ("SHA-256".to_owned(), test.file_sha256.clone()),
    ];
    if let Some(sample) = &note.patient.sample {
        let why = note.patient.sample_chosen_as.as_deref().unwrap_or_default();
        facts.push((t(msg!("note-sample")), format!("{sample} ({why})")));
    }
    if test.samples.len() > 1 {
        facts.push((t(msg!("note-samples")), test.samples.join(", ")));
    }
    if !note.family.is_empty() {
        let members = note.family.iter().map(|m| m.describe(lang)).collect::<Vec<_>>();
        facts.push((t(msg!("note-family")), members.join("; ")));
    }
    let panels = if test.panels.is_empty() {
        t(msg!("note-no-panel"))
    } else {
        let list = test.panels.iter().map(|p| {
            let name = match &p.version {
                Some(v) => tw(msg!("note-panel-version"), &[("name", (&p.name).into()), ("version", v.into())]),
                None => p.name.clone(),
            };
            tw(
                msg!("note-panel"),
                &[("name", name.into()), ("genes", p.genes.to_string().into()), ("regions", p.regions.into())],
            )
        });
        let confidence = test
            .min_confidence
            .as_deref()
            .map(|c| tw(msg!("note-min-confidence"), &[("rating", c.into())]))
            .unwrap_or_default();
        format!("{}{confidence}", list.collect::<Vec<_>>().join("; "))
    };
    facts.push((t(msg!("note-panels")), panels));
    facts.push((t(msg!("note-policy")), test.transcript_policy.label(lang)));
    if !test.frequency_sources.is_empty() {
        facts.push((t(msg!("note-frequency-sources")), frequency_sources(lang, &test.frequency_sources)));
    }
    facts.push((t(msg!("note-mode")), test.inheritance_mode.clone()));
    if !test.filters.is_empty() {
        let steps = test.filters.iter().map(|s| {
            tw(
                msg!("note-filter-step"),
                &[
                    ("label", (&s.label).into()),
                    ("left", s.remaining.to_string().into()),
                    ("missing", s.kept_missing.into()),
                ],
            )
        });
        facts.push((t(msg!("note-filters")), steps.collect::<Vec<_>>().join(" → ")));
    }
    let sources = if test.data_sources.is_empty() {
        t(msg!("note-sources-none"))
    } else {
        test.data_sources.iter().map(|s| format!("{} {}", s.name, s.version)).collect::<Vec<_>>().join("; ")
    };
    facts.push((t(msg!("note-sources")), sources));
    if !test.knowledge_files.is_empty() {
        let files =
            test.knowledge_files.iter().map(|k| format!("{} {} ({})", lang.t(k.kind.key()), k.version, k.file_name));
        facts.push((t(msg!("note-knowledge-files")), files.collect::<Vec<_>>().join("; ")));
    }
    facts.push((
        t(msg!("note-limitations")),
        if test.limitations.trim().is_empty() { t(msg!("note-not-written")) } else { test.limitations.clone() },
    ));
    facts
}

fn variant_blocks(out: &mut Vec<Block>, lang: Lang, n: usize, v: &NoteVariant, figures: &Figures) {
    let t = |key: &str| lang.t(key);
    out.push(Block::PageBreakHint);
    out.push(Block::Heading(3, format!("{n}. {}: {}", v.label(), v.class.label(lang))));
    let mut facts = variant_facts(lang, v);
    let mut class = lang.t_with(
        msg!("note-class-line"),
        &[
            ("class", v.class.label(lang).into()),
            (msg!("points"), words::points(lang, v.points, false).into()),
            ("points_class", v.vus_tier.map_or_else(|| v.points_class.label(lang), |tier| t(tier.key())).into()),
        ],
    );
    if let Some(reason) = &v.override_reason {
        class.push_str(&lang.t_with(msg!("note-set-by-analyst"), &[("reason", reason.into())]));
    }
    facts.push((t(msg!("note-classification")), class));
    if let Some(m) = &v.meeting {
        facts.push((t(msg!("note-meeting")), meeting_line(lang, m)));
    }
    facts.push((t(msg!("note-assessed-by")), format!("{} {}", v.assessed_by, words::time(&v.assessed_at))));
    out.push(Block::Facts(facts));
    if let Some(differs) = v.meeting.as_ref().and_then(|m| meeting_differs(lang, m, v)) {
        out.push(Block::Caution(vec![differs]));
    }
    if let (Some(svg), Some(gene)) = (figures.genes.get(&v.key()), &v.gene) {
        let caption = lang.t_with(msg!("note-lollipop-caption"), &[("gene", gene.into())]);
        out.push(Block::Figure { svg: svg.clone(), caption });
    }
    out.push(Block::Heading(4, t(msg!("note-criteria-applied"))));
    if v.criteria.is_empty() {
        out.push(Block::Text(t(msg!("note-none"))));
    } else {
        out.push(Block::List(v.criteria.iter().map(|c| criterion_item(lang, c)).collect()));
    }
    if !v.considered.is_empty() {
        out.push(Block::Heading(4, t(msg!("note-considered"))));
        out.push(Block::List(v.considered.iter().map(|c| criterion_item(lang, c)).collect()));
    }
    if !v.classification_notes.is_empty() {
        out.push(Block::Heading(4, t(msg!("note-counting-notes"))));
        out.push(Block::List(v.classification_notes.iter().map(|n| (String::new(), n.clone())).collect()));
    }
    if !v.comment.trim().is_empty() {
        out.push(Block::Heading(4, t(msg!("note-comment"))));
        out.push(Block::Text(v.comment.clone()));
    }
    // Audit detail: the 2015 combining rules' class, which can differ from
    // the points class and would mislead beside the reported one.
    out.push(Block::Heading(4, t(msg!("note-audit"))));
    out.push(Block::List(vec![(t(msg!("note-class-2015")), v.class_2015.label(lang))]));
}

/// What the variant is and how the patient carries it, label by label,
/// from its position to ClinVar: the start of the note's section on it,
/// and what presentation mode shows beside the gene.
pub fn variant_facts(lang: Lang, v: &NoteVariant) -> Vec<(String, String)> {
    let t = |key: &str| lang.t(key);
    let mut facts = vec![(t(msg!("note-position")), v.position.clone())];
    if let Some(g) = &v.hgvsg {
        facts.push((t(msg!("note-hgvsg")), g.clone()));
    }
    let optional = [
        (
            msg!("note-gene"),
            v.gene.as_ref().map(|g| match &v.hgnc_id {
                Some(id) => format!("{g} ({id})"),
                None => g.clone(),
            }),
        ),
        (msg!("note-transcript"), transcript(lang, v)),
        (msg!("note-hgvsc"), v.hgvsc.clone()),
        (msg!("note-hgvsp"), v.hgvsp.clone()),
        (msg!("note-consequence"), v.consequence.clone()),
    ];
    facts.extend(optional.into_iter().filter_map(|(label, value)| value.map(|value| (t(label), value))));
    if !v.condition.trim().is_empty() || v.disorder_inheritance.is_some() {
        let moi = v.disorder_inheritance.map(|m| t(m.key()));
        let condition = match (v.condition.trim(), moi) {
            ("", Some(moi)) => moi,
            (c, Some(moi)) => {
                lang.t_with(msg!("note-condition-with-moi"), &[("condition", c.into()), ("moi", moi.into())])
            }
            (c, None) => c.to_owned(),
        };
        facts.push((t(msg!("note-condition")), condition));
    }
    let by_sample = v
        .zygosity_by_sample
        .iter()
        .map(|s| match s.role {
            Some(role) => format!("{} ({}): {}", s.sample, t(role.key()), words::zygosity(lang, s.zygosity)),
            None => format!("{}: {}", s.sample, words::zygosity(lang, s.zygosity)),
        })
        .collect::<Vec<_>>()
        .join("; ");
    facts.push((t(msg!("note-zygosity")), by_sample));
    if !v.inheritance.is_empty() {
        facts.push((t(msg!("note-fits")), v.inheritance.clone()));
    }
    if let Some(origin) = v.parental_origin {
        facts.push((t(msg!("note-origin")), t(origin.key())));
    }
    let absent = if v.frequency_annotated { msg!("note-af-absent") } else { msg!("note-af-not-annotated") };
    facts.push((t(msg!("note-af")), v.af.map_or_else(|| t(absent), words::af)));
    let scores = [("CADD", v.cadd), ("REVEL", v.revel), ("SpliceAI", v.spliceai)]
        .into_iter()
        .filter_map(|(name, s)| s.map(|s| format!("{name} {}", words::score(s))))
        .collect::<Vec<_>>();
    if !scores.is_empty() {
        facts.push((t(msg!("note-scores")), scores.join(", ")));
    }
    if !v.clinvar.is_empty() {
        let stars = match v.clinvar_stars {
            Some(n) => lang.t_with(msg!("note-clinvar-stars"), &[("stars", n.into())]),
            None => t(msg!("note-clinvar-no-stars")),
        };
        facts.push(("ClinVar".to_owned(), format!("{} ({stars})", v.clinvar.join(", "))));
    }
    if let Some(c) = v.confirmation {
        facts.push((t(msg!("note-confirmation")), c.label(lang)));
    }
    facts
}

/// The team meeting's decision in a line: `2026-11-25: agreed class
/// Pathogenic; action: Report; present: Kari Nordmann, Ola`, each part
/// only when recorded.
pub fn meeting_line(lang: Lang, m: &NoteMeeting) -> String {
    let mut parts = vec![match m.agreed_class {
        Some(class) => lang.t_with(msg!("note-meeting-agreed"), &[("class", class.label(lang).into())]),
        None => lang.t(msg!("note-meeting-no-class")),
    }];
    if !m.action.trim().is_empty() {
        parts.push(lang.t_with(msg!("note-meeting-action"), &[("action", (&m.action).into())]));
    }
    if !m.present.is_empty() {
        parts.push(lang.t_with(msg!("note-meeting-present"), &[("names", m.present.join(", ").into())]));
    }
    let decision = parts.join("; ");
    match m.date.trim() {
        "" => decision,
        date => lang
            .t_with(msg!("note-meeting-dated"), &[("date", words::time(date).into()), ("decision", decision.into())]),
    }
}

/// `The team meeting agreed on Pathogenic, but this note reports Likely
/// pathogenic.`, when the two differ.
pub fn meeting_differs(lang: Lang, m: &NoteMeeting, v: &NoteVariant) -> Option<String> {
    let agreed = m.agreed_class.filter(|_| m.differs_from_class)?;
    let args = [("agreed", agreed.label(lang).into()), ("class", v.class.label(lang).into())];
    Some(lang.t_with(msg!("note-meeting-differs"), &args))
}

/// `NM_003165.6 (MANE Select; ENST00000373302.8)`, or the annotation's
/// transcript with why it was chosen.
fn transcript(lang: Lang, v: &NoteVariant) -> Option<String> {
    let basis = v.transcript_basis.map(|b| lang.t(b.key()));
    let id = v.transcript.as_ref()?;
    Some(match (&v.refseq_transcript, basis) {
        (Some(nm), Some(basis)) => format!("{nm} ({basis}; {id})"),
        (Some(nm), None) => format!("{nm} ({id})"),
        (None, Some(basis)) => format!("{id} ({basis})"),
        (None, None) => id.clone(),
    })
}

/// `GNOMADAF, GNOMADAF_popmax, EXACMAX_AF; not used: 1000G_MAX_AF (groups
/// under 2,000 alleles)`: what the population AF was taken over.
fn frequency_sources(lang: Lang, sources: &[FrequencySource]) -> String {
    let used: Vec<&str> = sources.iter().filter(|s| s.in_use).map(|s| s.name.as_str()).collect();
    let unused: Vec<String> =
        sources.iter().filter_map(|s| Some(format!("{} ({})", s.name, lang.t(s.unused()?.key())))).collect();
    let used = if used.is_empty() { lang.t(msg!("note-frequency-none-in-use")) } else { used.join(", ") };
    if unused.is_empty() {
        used
    } else {
        lang.t_with(msg!("note-frequency-not-used"), &[("used", used.into()), ("unused", unused.join(", ").into())])
    }
}

/// A criterion as `(PM2_Supporting, "supporting, +1 point. comment. ...")`.
pub fn criterion_item(lang: Lang, c: &super::NoteCriterion) -> (String, String) {
    let mut parts = vec![format!("{}, {}", c.strength, words::points(lang, c.points, true))];
    if !c.comment.trim().is_empty() {
        parts.push(c.comment.clone());
    }
    if let Some(s) = &c.suggestion {
        parts.push(format!("Tolk {s}"));
    }
    if !c.evidence.is_empty() {
        parts.push(lang.t_with(msg!("note-evidence"), &[("evidence", c.evidence.join("; ").into())]));
    }
    (c.applied_as.clone(), parts.join(". "))
}
