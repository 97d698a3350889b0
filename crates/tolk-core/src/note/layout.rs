//! The note as a reader sees it: headings, label/value facts, lists and
//! tables of plain text. Markdown and HTML render these same blocks, so
//! the two formats cannot say different things; each renderer escapes
//! every string it is given.

use super::{Figures, Note, NoteVariant};
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
    let mut out = vec![Block::Heading(1, "Genetic variant interpretation".into())];
    if !note.incomplete.is_empty() {
        let mut lines = vec!["Draft: not complete.".to_owned()];
        lines.extend(note.incomplete.iter().cloned());
        out.push(Block::Caution(lines));
    }
    let mut facts = vec![
        fact("Patient", &note.patient.identifier),
        fact("Analyst", &note.analyst),
        fact("Date", &words::time(&note.date)),
    ];
    if !note.referral.trim().is_empty() {
        facts.push(fact("Referral", &note.referral));
    }
    if !note.phenotype.is_empty() {
        let terms = note.phenotype.iter().map(|p| match &p.hpo {
            Some(id) if p.text.is_empty() => id.clone(),
            Some(id) => format!("{id} {}", p.text),
            None => p.text.clone(),
        });
        facts.push(fact("Phenotype", &terms.collect::<Vec<_>>().join("; ")));
    }
    out.push(Block::Facts(facts));

    out.push(Block::Heading(2, "Test".into()));
    out.push(Block::Facts(test_facts(note)));
    if let Some(svg) = &figures.funnel {
        out.push(Block::Figure { svg: svg.clone(), caption: "Variants left after each filter.".into() });
    }

    out.push(Block::Heading(2, format!("Findings ({})", note.findings.len())));
    if note.findings.is_empty() {
        out.push(Block::Text("No variant is reported.".into()));
    }
    for (i, v) in note.findings.iter().enumerate() {
        variant_blocks(&mut out, i + 1, v, figures);
    }
    if !note.vus.is_empty() {
        out.push(Block::Heading(2, format!("Variants of uncertain significance ({})", note.vus.len())));
        for (i, v) in note.vus.iter().enumerate() {
            variant_blocks(&mut out, i + 1, v, figures);
        }
    }
    if !note.assessed.is_empty() {
        out.push(Block::Heading(2, format!("Also assessed, not reported ({})", note.assessed.len())));
        out.push(Block::Table {
            head: ["Variant", "Position", "Class", "Criteria"].map(String::from).to_vec(),
            rows: note
                .assessed
                .iter()
                .map(|v| vec![v.label(), v.position.clone(), v.class.label().to_owned(), v.criteria_line()])
                .collect(),
        });
    }
    out.push(Block::Heading(2, "Conclusion".into()));
    out.push(Block::Text(if note.conclusion.trim().is_empty() {
        "(not written)".into()
    } else {
        note.conclusion.clone()
    }));
    out.push(Block::Text(format!(
        "Written with {} from {}. Criteria were applied by the analyst; where Tolk suggested one, the suggestion and the answer to it are given. Classes: Tavtigian et al. 2020 points, with Richards et al. 2015 for comparison.",
        note.tool, note.test.file_name
    )));
    out
}

fn fact(label: &str, value: &str) -> (String, String) {
    (label.to_owned(), value.to_owned())
}

fn test_facts(note: &Note) -> Vec<(String, String)> {
    let t = &note.test;
    let build = match (t.build, &t.build_source) {
        (Some(b), Some(source)) => format!("{} (from the VCF header's ##{source} line)", b.name()),
        (Some(b), None) => b.name().to_owned(),
        _ => "unknown".into(),
    };
    let mut facts = vec![
        fact("Reference build", &build),
        fact("File", &format!("{} ({} bytes)", t.file_name, t.file_size)),
        fact("SHA-256", &t.file_sha256),
    ];
    if let Some(sample) = &note.patient.sample {
        let why = note.patient.sample_chosen_as.as_deref().unwrap_or_default();
        facts.push(fact("Sample", &format!("{sample} ({why})")));
    }
    if t.samples.len() > 1 {
        facts.push(fact("Samples in the file", &t.samples.join(", ")));
    }
    let panels = if t.panels.is_empty() {
        "none (all genes)".to_owned()
    } else {
        let list = t.panels.iter().map(|p| {
            let version = p.version.as_deref().map(|v| format!(" version {v}")).unwrap_or_default();
            let regions = if p.regions > 0 { format!(", {} regions", p.regions) } else { String::new() };
            format!("{}{version}: {} genes{regions}", p.name, p.genes)
        });
        let confidence =
            t.min_confidence.as_deref().map(|c| format!("; genes rated {c} or better")).unwrap_or_default();
        format!("{}{confidence}", list.collect::<Vec<_>>().join("; "))
    };
    facts.push(fact("Panels", &panels));
    facts.push(fact("Worst consequence over", t.transcript_policy.label()));
    facts.push(fact("Inheritance mode", &t.inheritance_mode));
    if !t.filters.is_empty() {
        let steps = t.filters.iter().map(|s| {
            let missing = if s.kept_missing > 0 {
                format!(", {} kept for want of a value", s.kept_missing)
            } else {
                String::new()
            };
            format!("{}: {}{missing}", s.label, s.remaining)
        });
        facts.push(fact("Filters (variants left)", &steps.collect::<Vec<_>>().join(" → ")));
    }
    facts
}

fn variant_blocks(out: &mut Vec<Block>, n: usize, v: &NoteVariant, figures: &Figures) {
    out.push(Block::PageBreakHint);
    out.push(Block::Heading(3, format!("{n}. {}: {}", v.label(), v.class.label())));
    let mut facts = vec![fact("Position", &v.position)];
    if let Some(g) = &v.hgvsg {
        facts.push(fact("Genomic HGVS", g));
    }
    let optional = [
        (
            "Gene",
            v.gene.as_ref().map(|g| match &v.hgnc_id {
                Some(id) => format!("{g} ({id})"),
                None => g.clone(),
            }),
        ),
        ("Transcript", v.transcript.clone()),
        ("HGVS c.", v.hgvsc.clone()),
        ("HGVS p.", v.hgvsp.clone()),
        ("Consequence", v.consequence.clone()),
    ];
    facts.extend(optional.into_iter().filter_map(|(label, value)| value.map(|value| (label.to_owned(), value))));
    let by_sample = v
        .zygosity_by_sample
        .iter()
        .map(|s| format!("{}: {}", s.sample, words::zygosity(s.zygosity)))
        .collect::<Vec<_>>()
        .join("; ");
    facts.push(fact("Zygosity", &by_sample));
    if !v.inheritance.is_empty() {
        facts.push(fact("Fits inheritance", &v.inheritance));
    }
    facts.push(fact("Population AF", &v.af.map_or_else(|| "absent from the file's sources".into(), words::af)));
    let scores = [("CADD", v.cadd), ("REVEL", v.revel), ("SpliceAI", v.spliceai)]
        .into_iter()
        .filter_map(|(name, s)| s.map(|s| format!("{name} {}", words::score(s))))
        .collect::<Vec<_>>();
    if !scores.is_empty() {
        facts.push(fact("Scores", &scores.join(", ")));
    }
    if !v.clinvar.is_empty() {
        facts.push(fact("ClinVar", &v.clinvar.join(", ")));
    }
    let mut class = format!(
        "{} ({}: {}; Richards 2015: {})",
        v.class.label(),
        words::points(v.points, false),
        v.points_class.label(),
        v.class_2015.label()
    );
    if let Some(reason) = &v.override_reason {
        class.push_str(&format!("; set by the analyst: {reason}"));
    }
    facts.push(fact("Classification", &class));
    facts.push(fact("Assessed", &format!("{} {}", v.assessed_by, words::time(&v.assessed_at))));
    out.push(Block::Facts(facts));
    if let (Some(svg), Some(gene)) = (figures.genes.get(&v.key()), &v.gene) {
        let caption =
            format!("{gene}: the variants in view along the protein when the variant was assessed; this one outlined.");
        out.push(Block::Figure { svg: svg.clone(), caption });
    }
    out.push(Block::Heading(4, "Criteria applied".into()));
    if v.criteria.is_empty() {
        out.push(Block::Text("None.".into()));
    } else {
        out.push(Block::List(v.criteria.iter().map(criterion_item).collect()));
    }
    if !v.considered.is_empty() {
        out.push(Block::Heading(4, "Considered, not applied".into()));
        out.push(Block::List(v.considered.iter().map(criterion_item).collect()));
    }
    if !v.classification_notes.is_empty() {
        out.push(Block::Heading(4, "Counting notes".into()));
        out.push(Block::List(v.classification_notes.iter().map(|n| (String::new(), n.clone())).collect()));
    }
    if !v.comment.trim().is_empty() {
        out.push(Block::Heading(4, "Comment".into()));
        out.push(Block::Text(v.comment.clone()));
    }
}

fn criterion_item(c: &super::NoteCriterion) -> (String, String) {
    let mut parts = vec![format!("{}, {}", c.strength, words::points(c.points, true))];
    if !c.comment.trim().is_empty() {
        parts.push(c.comment.clone());
    }
    if let Some(s) = &c.suggestion {
        parts.push(format!("Tolk {s}"));
    }
    if !c.evidence.is_empty() {
        parts.push(format!("Evidence: {}", c.evidence.join("; ")));
    }
    (c.applied_as.clone(), parts.join(". "))
}
