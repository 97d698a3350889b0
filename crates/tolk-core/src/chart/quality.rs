//! Whether a sample's calls can be trusted: depth and genotype quality of
//! the calls carrying an ALT, the allele balance of its heterozygous calls
//! (near 0.5 for a clean germline het), Ti/Tv of its SNVs (about 2.0-2.1
//! genome-wide, 2.8-3.0 in exomes) and its het/hom ratio.

use crate::family::Family;
use crate::i18n::Lang;
use crate::store::VariantStore;
use crate::vcf::genotype::Zygosity;
use serde::{Deserialize, Serialize};

/// Counts in equal-width bins from `start`; the last bin also holds
/// everything above it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Histogram {
    pub start: f32,
    pub width: f32,
    pub counts: Vec<u32>,
    /// Calls with no value.
    pub missing: u32,
}

impl Histogram {
    fn new(start: f32, width: f32, bins: usize) -> Histogram {
        Histogram { start, width, counts: vec![0; bins], missing: 0 }
    }

    fn add(&mut self, value: Option<f32>) {
        match value {
            Some(v) => {
                let bin = ((v - self.start) / self.width).floor().max(0.0) as usize;
                let last = self.counts.len() - 1;
                self.counts[bin.min(last)] += 1;
            }
            None => self.missing += 1,
        }
    }

    pub fn total(&self) -> u32 {
        self.counts.iter().sum()
    }

    /// The value below which half the counted values fall (bin midpoint).
    pub fn median(&self) -> Option<f32> {
        let total = self.total();
        let mut seen = 0;
        for (i, &n) in self.counts.iter().enumerate() {
            seen += n;
            if total > 0 && seen * 2 >= total {
                return Some(self.start + (i as f32 + 0.5) * self.width);
            }
        }
        None
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SampleQuality {
    pub sample: String,
    /// DP of calls carrying the ALT, 0-100 in steps of 5.
    pub depth: Histogram,
    /// GQ of calls carrying the ALT, 0-99 in steps of 5.
    pub genotype_quality: Histogram,
    /// Allele balance of heterozygous calls, 0-1 in steps of 0.05.
    pub allele_balance: Histogram,
    pub transitions: u32,
    pub transversions: u32,
    pub het: u32,
    pub hom: u32,
}

impl SampleQuality {
    pub fn ti_tv(&self) -> Option<f32> {
        (self.transversions > 0).then(|| self.transitions as f32 / self.transversions as f32)
    }

    pub fn het_hom(&self) -> Option<f32> {
        (self.hom > 0).then(|| self.het as f32 / self.hom as f32)
    }
}

/// Samples summarised: a trio, or the first few of a cohort file (a
/// histogram per sample of 189 would be neither drawn nor read).
pub const MAX_SAMPLES: usize = 3;

/// The sample columns the quality chart shows: the family's proband,
/// mother and father when a family is set, else the first columns.
pub fn quality_samples(sample_count: usize, family: Option<&Family>) -> Vec<usize> {
    match family {
        Some(f) => {
            std::iter::once(f.proband).chain(f.mother.map(|m| m.sample)).chain(f.father.map(|m| m.sample)).collect()
        }
        None => (0..sample_count.min(MAX_SAMPLES)).collect(),
    }
}

/// One summary per sample column in `columns` (`samples` are the file's
/// names) over the view's rows.
pub fn quality(store: &VariantStore, rows: &[u32], samples: &[String], columns: &[usize]) -> Vec<SampleQuality> {
    columns
        .iter()
        .map(|&s| {
            let mut q = SampleQuality {
                // The header names every column; a missing name is shown by its number.
                sample: samples.get(s).cloned().unwrap_or_else(|| format!("#{}", s + 1)),
                depth: Histogram::new(0.0, 5.0, 21),
                genotype_quality: Histogram::new(0.0, 5.0, 20),
                allele_balance: Histogram::new(0.0, 0.05, 20),
                transitions: 0,
                transversions: 0,
                het: 0,
                hom: 0,
            };
            for &r in rows {
                let r = r as usize;
                let call = store.packed_calls(r)[s];
                let zygosity = call.zygosity();
                if !matches!(zygosity, Zygosity::Het | Zygosity::HomAlt | Zygosity::Hemizygous) {
                    continue;
                }
                q.depth.add(call.dp().map(|d| d as f32));
                q.genotype_quality.add(call.gq().map(|g| g as f32));
                if zygosity == Zygosity::Het {
                    q.het += 1;
                    q.allele_balance.add(call.ab());
                } else {
                    q.hom += 1;
                }
                match substitution(store, r) {
                    Some(true) => q.transitions += 1,
                    Some(false) => q.transversions += 1,
                    None => {}
                }
            }
            q
        })
        .collect()
}

/// For a single-base substitution, whether it is a transition (A<->G,
/// C<->T); `None` for anything else.
fn substitution(store: &VariantStore, row: usize) -> Option<bool> {
    let reference = store.reference(row).as_bytes();
    let alt = store.alt(row).as_bytes();
    match (reference, alt) {
        ([a], [b]) if a != b => {
            let purine = |x: u8| matches!(x.to_ascii_uppercase(), b'A' | b'G');
            let base = |x: u8| matches!(x.to_ascii_uppercase(), b'A' | b'C' | b'G' | b'T');
            (base(*a) && base(*b)).then(|| purine(*a) == purine(*b))
        }
        _ => None,
    }
}

/// The chart in words, one sentence per sample.
pub fn describe(samples: &[SampleQuality], lang: Lang) -> String {
    if samples.is_empty() {
        return lang.t(msg!("chart-no-samples"));
    }
    let median = |h: &Histogram| {
        h.median().map_or_else(
            || lang.t(msg!("chart-not-available")),
            |m| lang.t_with(msg!("chart-about"), &[("n", m.round().into())]),
        )
    };
    samples
        .iter()
        .map(|q| {
            let args = [
                ("sample", (&q.sample).into()),
                ("calls", (q.het + q.hom).into()),
                ("depth", median(&q.depth).into()),
                ("gq", median(&q.genotype_quality).into()),
                ("titv", ratio(q.ti_tv(), lang).into()),
                ("hethom", ratio(q.het_hom(), lang).into()),
            ];
            lang.t_with(msg!("chart-quality-words"), &args)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A ratio to two decimals, or "n/a" when there is nothing to divide.
pub fn ratio(r: Option<f32>, lang: Lang) -> String {
    r.map_or_else(|| lang.t(msg!("chart-not-available")), |r| format!("{r:.2}"))
}
