//! The lollipop of one gene: the view's variants in that gene along its
//! protein, each a stick at its protein position, so a clinician sees
//! whether a variant sits among others, in a hotspot or alone. Positions
//! and length come from the annotation (VEP `Protein_position` as
//! `start-end/length`, SnpEff's `AA.pos/AA.length`). Domains are named
//! where VEP's `DOMAINS` names them for a variant; their extents are not
//! in a VCF, so they are not drawn.

use super::MarkRef;
use crate::annotation::{Consequence, Impact, TranscriptPolicy};
use crate::store::{VariantStore, NONE_U32};
use crate::vcf::detail::TranscriptDetail;
use crate::words;
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

/// At most this many variants of one gene are read again for its lollipop.
pub const MAX_STICKS: usize = 500;

/// The rows of `rows` (the view) in the gene of `row` (its worst
/// consequence's gene under `policy`), `row` among them, at most
/// [`MAX_STICKS`]: the records the lollipop needs decoded.
pub fn gene_rows(store: &VariantStore, rows: &[u32], row: u32, policy: TranscriptPolicy) -> Vec<u32> {
    let gene = &store.gene[policy.index()];
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

/// The lollipop for `gene` on `transcript`, from each variant's entries
/// (`variants`: the mark, whether it is the selected one, and its decoded
/// entries for this ALT).
pub fn lollipop(gene: &str, transcript: Option<&str>, variants: &[(MarkRef, bool, Vec<TranscriptDetail>)]) -> Lollipop {
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
pub fn describe(l: &Lollipop) -> String {
    let length = l.protein_length.map_or_else(|| "of unknown length".to_owned(), |n| format!("of {n} amino acids"));
    let selected = l
        .sticks
        .iter()
        .find(|s| s.selected)
        .map(|s| format!(" The selected variant is at position {} ({}).", s.protein_position, s.consequence))
        .unwrap_or_default();
    format!(
        "{} of {} in view along its protein {length}{}; {} without a protein position.{selected}",
        words::count(l.sticks.len() as u32, "variant"),
        l.gene,
        l.transcript.as_deref().map(|t| format!(" ({t})")).unwrap_or_default(),
        l.unplaced
    )
}
