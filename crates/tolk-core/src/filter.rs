//! The filters a clinician narrows a file with, each a predicate over the
//! store's columns, and the presets that set several at once.
//!
//! A value the file does not give is never held against a variant: a
//! variant with no population AF is treated as absent from the population
//! and kept, a missing score or DP passes its threshold. The funnel counts
//! how many were kept that way, so the user sees it.

use crate::annotation::{ClinVarClass, Consequence, Impact, TranscriptPolicy};
use crate::inheritance::CallQc;
use crate::panel::Region;
use crate::sv::SvKind;
use serde::{Deserialize, Serialize};

/// Every filter setting. `None` or empty means "off".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filters {
    /// No filter failed: FILTER is `PASS`, or `.` (VCF 4.3 section 1.6.1:
    /// "filters have not been applied"), so that a file nobody filtered is
    /// not emptied by the preset.
    pub pass_only: bool,
    /// The proband carries the ALT (het, hom or hemizygous), or, without a
    /// family, some sample does. A no-call is kept, as unknown, and counted.
    pub carrier: bool,
    pub min_qual: Option<f32>,
    /// Per-sample thresholds, checked on the proband when a family is set,
    /// otherwise on any sample carrying the ALT.
    pub min_dp: Option<u32>,
    pub min_gq: Option<u32>,
    /// Allele balance range for heterozygous calls, inclusive.
    pub het_ab: Option<(f32, f32)>,
    /// Keep population AF strictly below this (the preset's "AF < 1%").
    pub af_below: Option<f32>,
    /// Keep these impacts (worst under the transcript policy) ...
    pub impacts: Vec<Impact>,
    /// ... or these SO terms.
    #[serde(with = "crate::annotation::consequence::terms")]
    pub consequences: Vec<Consequence>,
    /// Keep variants ClinVar places in any of these classes.
    pub clinvar: Vec<ClinVarClass>,
    pub min_cadd: Option<f32>,
    pub min_revel: Option<f32>,
    pub min_spliceai: Option<f32>,
    /// Keep variants inside any of these regions (a structural variant:
    /// overlapping one).
    pub regions: Vec<Region>,
    /// Keep only structural variants of these types (empty: every variant,
    /// small ones too). Every type: the structural variants alone.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sv_types: Vec<SvKind>,
    /// Keep variants of at least / at most this many bases: a structural
    /// variant's size, a small one's alleles' length difference (a
    /// substitution's length). A breakend has no size and is kept, counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_size: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_size: Option<u32>,
    /// Keep structural variants whose reads support the ALT at least this
    /// often (the proband's, or any carrier's; Manta's PR + SR, Delly's
    /// DV + RV, Lumpy's SU). Small variants and calls without the counts
    /// pass.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_sv_reads: Option<u32>,
}

crate::vocabulary! {
    /// Named sets of filters; the id is the URL's and the CLI's.
    pub enum Preset {
        /// PASS, carried by the proband, AF < 1%, HIGH/MODERATE or splice
        /// region, DP >= 10, GQ >= 20.
        RareDisease => ("rare-disease", "preset-rare-disease"),
        /// No filter: every variant of the panel genes.
        EverythingInPanel => ("everything-in-panel", "preset-everything"),
    }
}

/// The splice terms "splice region" covers beside the HIGH-impact splice
/// sites: VEP's `splice_region_variant` and its finer sub-terms.
pub const SPLICE_REGION_TERMS: [Consequence; 4] = [
    Consequence::known("splice_region_variant"),
    Consequence::known("splice_donor_5th_base_variant"),
    Consequence::known("splice_donor_region_variant"),
    Consequence::known("splice_polypyrimidine_tract_variant"),
];

impl Preset {
    pub fn filters(self) -> Filters {
        match self {
            Preset::RareDisease => Filters {
                pass_only: true,
                carrier: true,
                af_below: Some(0.01),
                impacts: vec![Impact::High, Impact::Moderate],
                consequences: SPLICE_REGION_TERMS.to_vec(),
                min_dp: Some(CallQc::CLINICAL.min_dp),
                min_gq: Some(CallQc::CLINICAL.min_gq),
                ..Filters::default()
            },
            Preset::EverythingInPanel => Filters::default(),
        }
    }
}

/// The consequence step as a lookup: by consequence rank, is it kept?
pub(crate) fn consequence_table(f: &Filters) -> Option<[bool; 256]> {
    if f.impacts.is_empty() && f.consequences.is_empty() {
        return None;
    }
    let mut keep = [false; 256];
    for c in Consequence::all() {
        keep[c.rank() as usize] = f.impacts.contains(&c.impact()) || f.consequences.contains(&c);
    }
    Some(keep)
}

/// The ClinVar classes asked for, as bits.
pub(crate) fn clinvar_mask(f: &Filters) -> u16 {
    f.clinvar.iter().fold(0, |bits, class| bits | class.bit())
}

impl Filters {
    /// The settings as URL query pairs: no patient data, only thresholds.
    pub fn to_query(&self, out: &mut Vec<(&'static str, String)>) {
        let list = |items: Vec<String>| items.join(",");
        if self.pass_only {
            out.push(("pass", "1".into()));
        }
        if self.carrier {
            out.push(("carrier", "1".into()));
        }
        let mut number = |key, v: Option<f32>| {
            if let Some(v) = v {
                out.push((key, v.to_string()));
            }
        };
        number("qual", self.min_qual);
        number("dp", self.min_dp.map(|v| v as f32));
        number("gq", self.min_gq.map(|v| v as f32));
        number("af", self.af_below);
        number("cadd", self.min_cadd);
        number("revel", self.min_revel);
        number("spliceai", self.min_spliceai);
        if let Some((lo, hi)) = self.het_ab {
            out.push(("ab", format!("{lo}-{hi}")));
        }
        if !self.impacts.is_empty() {
            out.push(("impact", list(self.impacts.iter().map(|i| i.as_str().to_owned()).collect())));
        }
        if !self.consequences.is_empty() {
            out.push(("csq", list(self.consequences.iter().map(|c| c.as_str().to_owned()).collect())));
        }
        if !self.clinvar.is_empty() {
            out.push(("clinvar", list(self.clinvar.iter().map(|c| c.id().to_owned()).collect())));
        }
        if !self.regions.is_empty() {
            out.push(("region", list(self.regions.iter().map(Region::to_string).collect())));
        }
        if !self.sv_types.is_empty() {
            out.push(("svtype", list(self.sv_types.iter().map(|k| k.id().to_owned()).collect())));
        }
        let mut count = |key, v: Option<u32>| {
            if let Some(v) = v {
                out.push((key, v.to_string()));
            }
        };
        count("minsize", self.min_size);
        count("maxsize", self.max_size);
        count("svreads", self.min_sv_reads);
    }

    /// Reads one query pair written by [`Filters::to_query`]; false when
    /// the key is not a filter's or the value does not read.
    pub fn set_from_query(&mut self, key: &str, value: &str) -> bool {
        let number = |v: &str| v.parse::<f32>().ok().filter(|x| x.is_finite());
        match key {
            "pass" => self.pass_only = value == "1",
            "carrier" => self.carrier = value == "1",
            "qual" => self.min_qual = number(value),
            "dp" => self.min_dp = value.parse().ok(),
            "gq" => self.min_gq = value.parse().ok(),
            "af" => self.af_below = number(value),
            "cadd" => self.min_cadd = number(value),
            "revel" => self.min_revel = number(value),
            "spliceai" => self.min_spliceai = number(value),
            "ab" => {
                self.het_ab = value.split_once('-').and_then(|(a, b)| Some((number(a)?, number(b)?)));
            }
            "impact" => self.impacts = value.split(',').filter_map(Impact::parse).collect(),
            "csq" => self.consequences = value.split(',').filter_map(Consequence::parse).collect(),
            "clinvar" => self.clinvar = value.split(',').map(str::trim).filter_map(ClinVarClass::parse).collect(),
            "region" => self.regions = value.split(',').filter_map(Region::parse).collect(),
            "svtype" => self.sv_types = value.split(',').filter_map(|k| SvKind::parse(k.trim())).collect(),
            "minsize" => self.min_size = value.parse().ok(),
            "maxsize" => self.max_size = value.parse().ok(),
            "svreads" => self.min_sv_reads = value.parse().ok(),
            _ => return false,
        }
        true
    }
}

/// The transcript policy as a URL value.
pub fn policy_id(policy: TranscriptPolicy) -> &'static str {
    match policy {
        TranscriptPolicy::Preferred => "preferred",
        TranscriptPolicy::All => "all",
        TranscriptPolicy::Canonical => "canonical",
        TranscriptPolicy::ManeSelect => "mane_select",
        TranscriptPolicy::Pick => "pick",
    }
}

pub fn parse_policy(id: &str) -> Option<TranscriptPolicy> {
    TranscriptPolicy::EVERY.into_iter().find(|p| policy_id(*p) == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_round_trip_through_a_query() {
        let mut f = Preset::RareDisease.filters();
        f.het_ab = Some((0.2, 0.8));
        f.clinvar = vec![ClinVarClass::Pathogenic, ClinVarClass::LikelyPathogenic];
        f.regions = vec![Region::parse("chr1:100-200").unwrap(), Region::parse("X").unwrap()];
        f.min_revel = Some(0.644);
        f.sv_types = vec![SvKind::Del, SvKind::Dup];
        (f.min_size, f.max_size, f.min_sv_reads) = (Some(1000), Some(5_000_000), Some(5));
        let mut pairs = Vec::new();
        f.to_query(&mut pairs);
        let mut back = Filters::default();
        for (k, v) in &pairs {
            assert!(back.set_from_query(k, v), "{k}={v}");
        }
        assert_eq!(back, f);
        assert!(!back.set_from_query("sample", "NA12878"));
    }

    #[test]
    fn the_rare_disease_preset_keeps_splice_region_but_not_synonymous() {
        let keep = consequence_table(&Preset::RareDisease.filters()).unwrap();
        let kept = |t: &str| keep[Consequence::parse(t).unwrap().rank() as usize];
        assert!(kept("missense_variant") && kept("stop_gained") && kept("splice_region_variant"));
        assert!(!kept("synonymous_variant") && !kept("intron_variant"));
        assert!(consequence_table(&Filters::default()).is_none());
    }
}
