//! The facts of one row of a file that the CNV points can be suggested
//! from ([`CnvFacts`]): which table applies, the genes, the size, the
//! population frequency, where it came from in the trio, and the lab's
//! dosage-sensitive genes inside it.

use super::scheme::Dosage;
use super::suggest::{CnvFacts, CnvOrigin};
use crate::annotation::TranscriptPolicy;
use crate::family::{Affection, Family};
use crate::inheritance::{Fit, Judge, Mode, Role};
use crate::knowledge::dosage::DosageList;
use crate::store::VariantStore;
use crate::sv::SvKind;
use crate::vcf::genotype::Zygosity;

impl CnvFacts {
    /// The facts of row `row`, where it is a copy-number change: a deletion
    /// (the loss table), a duplication (the gain table), or a CNV whose
    /// sign the proband's copy number gives (the only sample's, without a
    /// family). `None` for anything else, and for a CNV of unknown sign.
    pub fn gather(
        store: &VariantStore,
        family: Option<&Family>,
        row: usize,
        dosage_list: Option<&DosageList>,
    ) -> Option<CnvFacts> {
        let sv = store.structural(row)?;
        let patient = family.map(|f| f.proband).or((store.samples() == 1).then_some(0));
        let dosage = match sv.kind {
            SvKind::Del => Dosage::Loss,
            SvKind::Dup => Dosage::Gain,
            SvKind::Cnv => match patient.and_then(|p| store.call(row, p).copies)? {
                0 | 1 => Dosage::Loss,
                2 => return None,
                _ => Dosage::Gain,
            },
            _ => return None,
        };
        let shown = store.row(row, TranscriptPolicy::All);
        let mut genes = shown.genes;
        genes.sort();
        genes.dedup();
        let facts = CnvFacts {
            dosage,
            genes,
            population_af: shown.scores.af.map(f64::from),
            origin: family.map_or(CnvOrigin::Unknown, |f| origin(store, f, row)),
            size: sv.len.map(u64::from),
            ..CnvFacts::default()
        };
        Some(match dosage_list {
            Some(list) => facts.with_dosage_list(list, &shown.chrom, u64::from(sv.start), u64::from(sv.end)),
            None => facts,
        })
    }
}

/// Where the proband's CNV came from, as far as the trio's calls prove it:
/// de novo where inheritance says so without doubt; inherited where the
/// proband and a parent both carry it, each call passing trio QC; else
/// unknown (the clinician may know more).
fn origin(store: &VariantStore, family: &Family, row: usize) -> CnvOrigin {
    let judge = Judge::new(store, family);
    if judge.fit(row, Mode::DeNovo) == Fit::Yes {
        return CnvOrigin::DeNovo;
    }
    let relatives = judge.relatives(row);
    let carries = |z: Zygosity| matches!(z, Zygosity::Het | Zygosity::HomAlt | Zygosity::Hemizygous);
    let sure =
        |role: Role| relatives.iter().find(|r| r.role == role).filter(|r| r.qc.is_none() && carries(r.call.zygosity));
    if sure(Role::Proband).is_none() {
        return CnvOrigin::Unknown;
    }
    let parents: Vec<_> = [Role::Father, Role::Mother].into_iter().filter_map(sure).collect();
    match parents.iter().map(|p| p.affected).max_by_key(|a| *a == Affection::Affected) {
        Some(Affection::Affected) => CnvOrigin::InheritedFromAffected,
        Some(Affection::Unaffected) => CnvOrigin::InheritedFromUnaffected,
        _ => CnvOrigin::Unknown,
    }
}
