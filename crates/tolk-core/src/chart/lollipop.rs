//! The lollipop of one gene: the view's variants in that gene along its
//! protein, each a stick at its protein position, so a clinician sees
//! whether a variant sits among others, in a hotspot or alone. Positions
//! and length come from the annotation (VEP `Protein_position` as
//! `start-end/length`, SnpEff's `AA.pos/AA.length`). Domains are named
//! where VEP's `DOMAINS` names them for a variant; their extents are not
//! in a VCF, so they are not drawn.

use super::MarkRef;
use crate::annotation::{Consequence, Impact, TranscriptPolicy};
use crate::i18n::Lang;
use crate::store::{VariantStore, NONE_U32};
use crate::vcf::detail::TranscriptDetail;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Lollipop {
    pub gene: String,
    /// The transcript positions are on (the selected variant's).
    pub transcript: Option<String>,
    pub protein_length: Option<u32>,
    pub sticks: Vec<Stick>,
    /// Variants of the gene in view without a protein position on that
    /// transcript (intronic, UTR, other transcripts).
    pub unplaced: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stick {
    pub protein_position: u32,
    pub consequence: String,
    pub impact: Option<Impact>,
    /// `p.Arg1516Gln`, without the protein accession.
    pub label: Option<String>,
    pub selected: bool,
    pub variant: MarkRef,
}

/// At most this many variants of one gene are read again for its lollipop
/// (more would not be told apart along an 800-pixel protein anyway).
pub const MAX_STICKS: usize = 200;

/// The rows of `rows` (the view) in the gene of `row` (its worst
/// consequence's gene under `policy`), `row` among them, at most
/// [`MAX_STICKS`]: the records the lollipop needs decoded.
pub fn gene_rows(store: &VariantStore, rows: &[u32], row: u32, policy: TranscriptPolicy) -> Vec<u32> {
    let gene = &store.under(policy).gene;
    let g = gene[row as usize];
    if g == NONE_U32 {
        return vec![row];
    }
    let mut out: Vec<u32> =
        rows.iter().copied().filter(|&r| r != row && gene[r as usize] == g).take(MAX_STICKS - 1).collect();
    out.push(row);
    out.sort_unstable();
    out
}

/// The lollipop for `gene`, from each variant's entries (`variants`: the
/// mark, whether it is the selected one, and its decoded entries for this
/// ALT). Positions are on `preferred`, the selected variant's own
/// transcript (the one its consequence and HGVS come from), even where the
/// selected variant has no protein position on it (an intronic variant is
/// then "unplaced", never drawn at its position on some other transcript).
/// Without one, on the transcript most of the gene's variants have a
/// protein position on.
pub fn lollipop(gene: &str, preferred: Option<&str>, variants: &[(MarkRef, bool, Vec<TranscriptDetail>)]) -> Lollipop {
    let transcript = match preferred {
        Some(f) => Some(f.to_owned()),
        None => {
            let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
            for (_, _, entries) in variants {
                for t in entries.iter().filter(|t| t.protein_start.is_some()) {
                    if let Some(f) = t.feature.as_deref() {
                        *counts.entry(f).or_default() += 1;
                    }
                }
            }
            counts.into_iter().max_by_key(|&(_, n)| n).map(|(f, _)| f.to_owned())
        }
    };
    let transcript = transcript.as_deref();
    let mut out = Lollipop { gene: gene.to_owned(), transcript: transcript.map(str::to_owned), ..Lollipop::default() };
    for (variant, selected, entries) in variants {
        let on_transcript = entries.iter().find(|t| transcript.is_some() && t.feature.as_deref() == transcript);
        let entry = on_transcript.filter(|t| t.protein_start.is_some());
        let Some(t) = entry else {
            out.unplaced += 1;
            continue;
        };
        if let Some(len) = t.protein_length {
            out.protein_length = Some(out.protein_length.map_or(len, |l| l.max(len)));
        }
        let worst = t.consequences.iter().filter_map(|c| Consequence::parse(c)).min_by_key(|c| c.rank());
        out.sticks.push(Stick {
            protein_position: t.protein_start.unwrap_or_default(),
            consequence: worst.map_or_else(|| t.consequences.join("&"), |c| c.as_str().to_owned()),
            impact: t.impact,
            label: t.hgvsp.as_deref().map(|h| h.rsplit(':').next().unwrap_or(h).to_owned()),
            selected: *selected,
            variant: variant.clone(),
        });
    }
    out.sticks.sort_by_key(|s| (s.protein_position, !s.selected));
    out
}

/// The chart in words.
pub fn describe(l: &Lollipop, lang: Lang) -> String {
    let length = match l.protein_length {
        // Protein positions and lengths are written as HGVS writes them, ungrouped.
        Some(n) => lang.t_with(msg!("chart-lollipop-length"), &[("length", n.to_string().into())]),
        None => lang.t(msg!("chart-lollipop-length-unknown")),
    };
    let args = [
        ("count", l.sticks.len().into()),
        ("gene", (&l.gene).into()),
        ("length", length.into()),
        ("transcript", l.transcript.as_deref().map(|t| format!(" ({t})")).unwrap_or_default().into()),
        ("unplaced", l.unplaced.into()),
    ];
    let mut text = lang.t_with(msg!("chart-lollipop-words"), &args);
    text.push(' ');
    match l.sticks.iter().find(|s| s.selected) {
        Some(s) => {
            let args = [("position", s.protein_position.to_string().into()), ("consequence", (&s.consequence).into())];
            text.push_str(&lang.t_with(msg!("chart-lollipop-selected"), &args));
        }
        None => text.push_str(&lang.t(msg!("chart-lollipop-selected-unplaced"))),
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(feature: &str, position: Option<u32>) -> TranscriptDetail {
        TranscriptDetail {
            entry: 0,
            consequences: vec![if position.is_some() { "missense_variant" } else { "intron_variant" }.into()],
            impact: None,
            symbol: Some("G".into()),
            gene_id: None,
            hgnc_id: None,
            feature: Some(feature.into()),
            biotype: None,
            hgvsc: None,
            hgvsp: None,
            protein_start: position,
            protein_end: position,
            protein_length: Some(500),
            exon: None,
            intron: None,
            canonical: false,
            mane_select: false,
            mane_select_id: None,
            pick: false,
            lof: None,
        }
    }

    fn mark(row: u32) -> MarkRef {
        MarkRef { row, alt: 1, key: format!("1:{row}:A:G") }
    }

    #[test]
    fn the_selected_variant_is_drawn_on_its_own_transcript_only() {
        // Intronic on its own (MANE) transcript T1, missense on T2: it is
        // not drawn as a T2 missense; the others are placed on T1 where
        // they have positions there.
        let variants = vec![
            (mark(0), true, vec![entry("T1", None), entry("T2", Some(40))]),
            (mark(1), false, vec![entry("T1", Some(10)), entry("T3", Some(12))]),
            (mark(2), false, vec![entry("T2", Some(300))]),
        ];
        let l = lollipop("G", Some("T1"), &variants);
        assert_eq!(l.transcript.as_deref(), Some("T1"));
        assert_eq!(l.sticks.iter().map(|s| s.protein_position).collect::<Vec<_>>(), [10]);
        assert_eq!(l.unplaced, 2, "the intronic selection and the T2-only variant");
        assert!(describe(&l, Lang::En).contains("no protein position"), "{}", describe(&l, Lang::En));
        // Without a transcript of its own, the one most variants are on.
        let l = lollipop("G", None, &variants);
        assert_eq!(l.transcript.as_deref(), Some("T2"));
        // A coding selection keeps its own transcript.
        let l = lollipop("G", Some("T3"), &[(mark(1), true, variants[1].2.clone()), variants[2].clone()]);
        assert_eq!((l.transcript.as_deref(), l.sticks.len(), l.unplaced), (Some("T3"), 1, 1));
    }
}
