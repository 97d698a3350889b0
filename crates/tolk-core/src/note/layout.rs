//! The note as a reader sees it: headings, label/value facts, lists and
//! tables of plain text. Markdown and HTML render these same blocks, so
//! the two formats cannot say different things; each renderer escapes
//! every string it is given.

use super::{Figures, Note, NoteMeeting, NoteReview, NoteSignOff, NoteSigner, NoteVariant};
use crate::annotation::FrequencySource;
use crate::i18n::{Arg, Lang};
use crate::trail::{round_phrase, Verdict};
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
        let reviewed: Vec<(String, String)> =
            note.assessed.iter().filter_map(|v| Some((v.label(), review_line(lang, v.review.as_ref()?)))).collect();
        if !reviewed.is_empty() {
            out.push(Block::Heading(3, t(msg!("note-review-verdicts"))));
            out.push(Block::List(reviewed));
        }
    }
    out.push(Block::Heading(2, t(msg!("note-conclusion"))));
    out.push(Block::Text(if note.conclusion.trim().is_empty() {
        t(msg!("note-not-written"))
    } else {
        note.conclusion.clone()
    }));
    let mut colophon =
        lang.t_with(msg!("note-colophon"), &[("tool", (&note.tool).into()), ("file", (&note.test.file_name).into())]);
    if note.findings.iter().chain(&note.vus).chain(&note.assessed).any(|v| v.cnv.is_some()) {
        colophon.push(' ');
        colophon.push_str(&t(msg!("note-colophon-cnv")));
    }
    out.push(Block::Text(colophon));
    sign_off_blocks(&mut out, lang, &note.sign_off);
    out
}

/// Who interpreted and who reviewed, as the audit trail holds it, with
/// whatever its check found wrong said first and plainly: a reader must
/// not take a sign-off the trail does not bear out for one it does.
fn sign_off_blocks(out: &mut Vec<Block>, lang: Lang, s: &NoteSignOff) {
    let t = |key: &str| lang.t(key);
    out.push(Block::Heading(2, t(msg!("note-signoff"))));
    if s.trail.chain == "absent" {
        out.push(Block::Text(t(msg!("note-signoff-absent"))));
        return;
    }
    let cautions = sign_off_cautions(lang, s);
    if !cautions.is_empty() {
        out.push(Block::Caution(cautions));
    }
    let signed = |signer: &Option<NoteSigner>| {
        signer.as_ref().map_or_else(|| t(msg!("note-signoff-not-signed")), |signer| signer_line(lang, signer))
    };
    let mut reviewed = signed(&s.reviewed_by);
    if s.self_review {
        reviewed = format!("{reviewed} {}", t(msg!("note-signoff-self-review")));
    }
    let entries = ("entries", s.trail.entries.into());
    let trail = match s.trail.broken_at {
        None => lang.t_with(msg!("note-signoff-trail-intact"), &[entries]),
        Some(at) => lang.t_with(msg!("note-signoff-trail-broken"), &[entries, ("at", at.into())]),
    };
    let mut facts = vec![
        (t(msg!("note-signoff-round")), round_phrase(s.round).render(lang)),
        (t(msg!("note-signoff-interpreted-by")), signed(&s.interpreted_by)),
        (t(msg!("note-signoff-reviewed-by")), reviewed),
        (t(msg!("note-signoff-trail")), trail),
        (t(msg!("note-signoff-work")), s.work_sha256.clone()),
    ];
    if let Some(lab) = &s.roster {
        let lab = if lab.trim().is_empty() { t(msg!("note-signoff-roster-unnamed")) } else { lab.clone() };
        facts.push((t(msg!("note-signoff-roster")), lab));
    }
    out.push(Block::Facts(facts));
}

/// One line for each thing the check found wrong; one line still when
/// what failed is a signature of an earlier round, which the note does
/// not name.
fn sign_off_cautions(lang: Lang, s: &NoteSignOff) -> Vec<String> {
    let mut lines = Vec::new();
    if let (Some(at), Some(problem)) = (s.trail.broken_at, &s.trail.problem) {
        lines.push(lang.t_with(msg!("note-signoff-broken"), &[("at", at.into()), ("problem", problem.into())]));
    }
    for signer in s.signers() {
        let name = || ("name", (&signer.name).into());
        if let Some(problem) = &signer.problem {
            lines.push(lang.t_with(msg!("note-signoff-bad-signature"), &[name(), ("problem", problem.into())]));
        }
        if signer.roster == "not_listed" {
            lines.push(lang.t_with(msg!("note-signoff-unlisted"), &[name()]));
        }
    }
    // A self-review names its signer twice.
    lines.dedup();
    if lines.is_empty() && !s.verified {
        lines.push(lang.t(msg!("note-signoff-unverified")));
    }
    lines
}

/// `Kari Nordmann (key 1a2b3c4d…), signed 2026-12-07 10:00 UTC: signature
/// valid, in the lab's roster`.
fn signer_line(lang: Lang, s: &NoteSigner) -> String {
    let signature = match &s.problem {
        None if s.signature == "valid" => lang.t(msg!("note-signoff-valid")),
        problem => lang.t_with(msg!("note-signoff-invalid"), &[("problem", problem.as_deref().unwrap_or("").into())]),
    };
    let roster = match (s.roster.as_str(), &s.roster_name) {
        ("listed", Some(name)) if *name != s.name => {
            lang.t_with(msg!("note-signoff-listed-as"), &[("name", name.into())])
        }
        ("listed", _) => lang.t(msg!("note-signoff-listed")),
        ("not_listed", _) => lang.t(msg!("note-signoff-not-listed")),
        _ => lang.t(msg!("note-signoff-not-checked")),
    };
    let args = [
        ("name", (&s.name).into()),
        ("key", s.key.get(..8).unwrap_or(&s.key).into()),
        ("time", words::time(&s.at).into()),
        ("signature", signature.into()),
        ("roster", roster.into()),
    ];
    lang.t_with(msg!("note-signoff-signer"), &args)
}

/// `Ola Nordmann agreed (2026-12-07 14:00 UTC): comment`, and whether it
/// sent the case back.
fn review_line(lang: Lang, r: &NoteReview) -> String {
    let args = [("name", (&r.by).into()), ("time", words::time(&r.at).into())];
    let key = match r.verdict {
        Verdict::Agree => msg!("note-review-agree"),
        Verdict::Disagree => msg!("note-review-disagree"),
    };
    let mut line = lang.t_with(key, &args);
    if !r.comment.trim().is_empty() {
        line = format!("{line}: {}", r.comment);
    }
    if r.returned {
        line = lang.t_with(msg!("note-review-returned"), &[("review", line.into())]);
    }
    line
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
    let mut class = match &v.cnv {
        Some(cnv) => lang.t_with(
            msg!("note-cnv-class-line"),
            &[
                ("class", v.class.label(lang).into()),
                (msg!("points"), super::cnv::points(cnv.total).into()),
                ("table", cnv_table(lang, cnv).into()),
            ],
        ),
        None => lang.t_with(
            msg!("note-class-line"),
            &[
                ("class", v.class.label(lang).into()),
                (msg!("points"), words::points(lang, v.points, false).into()),
                ("points_class", v.vus_tier.map_or_else(|| v.points_class.label(lang), |tier| t(tier.key())).into()),
            ],
        ),
    };
    if let Some(reason) = &v.override_reason {
        class.push_str(&lang.t_with(msg!("note-set-by-analyst"), &[("reason", reason.into())]));
    }
    facts.push((t(msg!("note-classification")), class));
    if let Some(m) = &v.meeting {
        facts.push((t(msg!("note-meeting")), meeting_line(lang, m)));
    }
    if let Some(r) = &v.review {
        facts.push((t(msg!("note-review")), review_line(lang, r)));
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
    if let Some(cnv) = &v.cnv {
        out.push(Block::Heading(4, t(msg!("note-cnv-heading"))));
        let items = cnv.items.iter().map(|i| {
            let text =
                if i.comment.trim().is_empty() { i.label.clone() } else { format!("{}. {}", i.label, i.comment) };
            (format!("{} {}", i.code, super::cnv::points(f64::from(i.points))), text)
        });
        out.push(Block::List(items.collect()));
        if !cnv.problems.is_empty() {
            out.push(Block::Caution(
                std::iter::once(t(msg!("note-cnv-problems"))).chain(cnv.problems.iter().cloned()).collect(),
            ));
        }
    }
    // A CNV scored by points alone has no sequence-variant criteria to list.
    if v.cnv.is_some() && v.criteria.is_empty() && v.considered.is_empty() {
        if !v.comment.trim().is_empty() {
            out.push(Block::Heading(4, t(msg!("note-comment"))));
            out.push(Block::Text(v.comment.clone()));
        }
        return;
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
    if !v.genes.is_empty() {
        facts.push((t(msg!("note-sv-genes")), format!("{} ({})", v.genes.join(", "), v.genes.len())));
    }
    if !v.copies.is_empty() {
        let copies: Vec<String> = v.copies.iter().map(|c| format!("{}: {}", c.sample, c.copies)).collect();
        facts.push((t(msg!("note-sv-copies")), copies.join("; ")));
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

/// Which of Riggs et al.'s two tables a CNV was scored by, in words.
pub(crate) fn cnv_table(lang: Lang, cnv: &super::cnv::NoteCnv) -> String {
    lang.t(match cnv.dosage {
        crate::cnv::Dosage::Loss => msg!("cnv-table-loss"),
        crate::cnv::Dosage::Gain => msg!("cnv-table-gain"),
    })
}
