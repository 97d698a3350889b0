//! The view along the genome: where its variants fall, chromosome by
//! chromosome, with the variants in panel genes told apart. Few variants
//! are drawn one mark each; many as counts in equal bins.

use super::{MarkRef, MAX_MARKS};
use crate::chrom::karyotype;
use crate::i18n::Lang;
use crate::store::VariantStore;
use crate::sv::SvKind;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Genome {
    /// Chromosomes with variants in the file, in karyotype order (1-22, X,
    /// Y, M, then others by name).
    pub chromosomes: Vec<ChromosomeBins>,
    /// Width of every bin, in bases (the same for every chromosome, so
    /// densities compare).
    pub bin_bases: u32,
    /// One per variant when the view has at most [`MAX_MARKS`]; else empty.
    pub marks: Vec<GenomeMark>,
    /// Whether a panel is active (else no variant is "in panel").
    pub panel: bool,
    /// The view's structural variants that span more than one base, drawn
    /// as spans whatever the view's size (they are few; at most
    /// [`MAX_MARKS`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<GenomeSpan>,
}

/// A structural variant's span along its chromosome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GenomeSpan {
    /// Index into [`Genome::chromosomes`].
    pub chromosome: u16,
    pub start: u32,
    pub end: u32,
    pub kind: SvKind,
    pub in_panel: bool,
    pub variant: MarkRef,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChromosomeBins {
    pub name: String,
    /// The furthest position with a variant in the file: the drawn length.
    pub length: u32,
    /// Variants in view per bin.
    pub counts: Vec<u32>,
    /// Of those, variants in panel genes.
    pub in_panel: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GenomeMark {
    /// Index into [`Genome::chromosomes`].
    pub chromosome: u16,
    pub pos: u32,
    pub in_panel: bool,
    pub variant: MarkRef,
}

/// Chromosome 1 of GRCh38, the longest, with room to spare.
const LONGEST_CHROMOSOME: u32 = 250_000_000;

/// Bins per chromosome of the longest chromosome.
const BINS: u32 = 100;

pub fn genome(store: &VariantStore, rows: &[u32], panel_genes: &[bool]) -> Genome {
    let names = &store.chroms().names;
    let records = store.record_columns();
    let mut length = vec![0u32; names.len()];
    for (&c, &pos) in records.chrom.iter().zip(&records.pos) {
        length[c as usize] = length[c as usize].max(pos);
    }
    // A structural variant's end may lie beyond every POS on its
    // chromosome; an END past any human chromosome's length (a caller's
    // slip) would squeeze every chromosome into a few bins, and is not taken.
    let sv = store.sv_columns();
    for (i, &row) in sv.rows().iter().enumerate() {
        let c = records.chrom[store.record_of(row as usize)] as usize;
        let end = sv.entry(i).end;
        if end <= LONGEST_CHROMOSOME {
            length[c] = length[c].max(end);
        }
    }
    let mut order: Vec<usize> = (0..names.len()).filter(|&c| length[c] > 0).collect();
    order.sort_by(|&a, &b| karyotype(&names[a]).cmp(&karyotype(&names[b])));
    let slot: Vec<Option<usize>> = {
        let mut slot = vec![None; names.len()];
        for (i, &c) in order.iter().enumerate() {
            slot[c] = Some(i);
        }
        slot
    };
    let bin_bases = (order.iter().map(|&c| length[c]).max().unwrap_or(1) / BINS).max(1);
    let mut chromosomes: Vec<ChromosomeBins> = order
        .iter()
        .map(|&c| {
            let bins = (length[c] / bin_bases + 1) as usize;
            ChromosomeBins {
                name: names[c].to_string(),
                length: length[c],
                counts: vec![0; bins],
                in_panel: vec![0; bins],
            }
        })
        .collect();
    // As the view's panel step decides: any gene the ALT's entries name.
    let in_panel = |r: usize| store.row_genes(r).iter().any(|&g| panel_genes.get(g as usize) == Some(&true));
    let mut marks = Vec::new();
    let mut spans = Vec::new();
    for &r in rows {
        let rec = store.record_of(r as usize);
        let Some(i) = slot[records.chrom[rec] as usize] else { continue };
        let pos = records.pos[rec];
        let bin = (pos / bin_bases) as usize;
        let panel = in_panel(r as usize);
        chromosomes[i].counts[bin] += 1;
        chromosomes[i].in_panel[bin] += u32::from(panel);
        if rows.len() <= MAX_MARKS {
            marks.push(GenomeMark { chromosome: i as u16, pos, in_panel: panel, variant: MarkRef::new(store, r) });
        }
        let drawable = |s: &crate::sv::Structural| s.end > s.start && s.end <= chromosomes[i].length;
        if let Some(s) = store.structural(r as usize).filter(|s| drawable(s) && spans.len() < MAX_MARKS) {
            let variant = MarkRef::new(store, r);
            spans.push(GenomeSpan {
                chromosome: i as u16,
                start: s.start,
                end: s.end,
                kind: s.kind,
                in_panel: panel,
                variant,
            });
        }
    }
    Genome { chromosomes, bin_bases, marks, panel: panel_genes.iter().any(|&p| p), spans }
}

/// The chart in words.
pub fn describe(g: &Genome, lang: Lang) -> String {
    let total: u32 = g.chromosomes.iter().flat_map(|c| &c.counts).sum();
    if total == 0 {
        return lang.t(msg!("chart-none-in-view"));
    }
    let mut by_count: Vec<(u32, &str)> =
        g.chromosomes.iter().map(|c| (c.counts.iter().sum(), c.name.as_str())).filter(|(n, _)| *n > 0).collect();
    by_count.sort_by_key(|c| std::cmp::Reverse(c.0));
    let top: Vec<String> = by_count.iter().take(3).map(|(n, c)| format!("{c} ({n})")).collect();
    let args = [("total", total.into()), ("chromosomes", by_count.len().into()), ("top", top.join(", ").into())];
    let mut text = lang.t_with(msg!("chart-genome-words"), &args);
    if g.panel {
        let n: u32 = g.chromosomes.iter().flat_map(|c| &c.in_panel).sum();
        text.push(' ');
        text.push_str(&lang.t_with(msg!("chart-genome-in-panel"), &[("count", n.into())]));
    }
    if !g.spans.is_empty() {
        // How many of each type, in the vocabulary's order.
        let kinds: Vec<String> = SvKind::ALL
            .into_iter()
            .filter_map(|kind| {
                let n = g.spans.iter().filter(|s| s.kind == kind).count();
                (n > 0).then(|| format!("{} {n}", kind.label(lang)))
            })
            .collect();
        let args = [("count", g.spans.len().into()), ("kinds", kinds.join(", ").into())];
        text.push(' ');
        text.push_str(&lang.t_with(msg!("chart-genome-spans"), &args));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_count_the_structural_variants_drawn_as_spans() {
        let mark = |row: u32| MarkRef { row, alt: 1, key: format!("1:{row}:N:<DEL>") };
        let span = |row: u32, kind: SvKind| GenomeSpan {
            chromosome: 0,
            start: 1000 * row,
            end: 1000 * row + 500,
            kind,
            in_panel: false,
            variant: mark(row),
        };
        let mut g = Genome {
            chromosomes: vec![ChromosomeBins { name: "1".into(), length: 5000, counts: vec![3], in_panel: vec![0] }],
            bin_bases: 5000,
            marks: Vec::new(),
            panel: false,
            spans: vec![span(1, SvKind::Del), span(2, SvKind::Dup), span(3, SvKind::Del)],
        };
        let text = describe(&g, Lang::En);
        assert!(text.contains("3 structural variants are drawn as bars"), "{text}");
        assert!(text.contains("deletion 2, duplication 1"), "{text}");
        g.spans.clear();
        assert!(!describe(&g, Lang::En).contains("structural"));
    }
}
