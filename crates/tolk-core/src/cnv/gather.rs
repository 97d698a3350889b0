//! The facts of one row of a file that the CNV points can be suggested
//! from ([`CnvFacts`]): which table applies, the genes, the size, the
//! population frequency, where it came from in the trio, and the lab's
//! dosage-sensitive genes inside it.

use super::scheme::Dosage;
use super::suggest::{CnvFacts, CnvOrigin};
use crate::annotation::TranscriptPolicy;
use crate::chrom::Chromosome;
use crate::family::{Affection, Family, Sex};
use crate::inheritance::{Fit, Judge, Mode, Role};
use crate::knowledge::dosage::DosageList;
use crate::store::VariantStore;
use crate::sv::SvKind;
use crate::vcf::assembly::Build;
use crate::vcf::detail::AltDetail;
use crate::vcf::genotype::Zygosity;

/// Consequences that name a gene the variant does not touch (VEP reports
/// genes up to 5 kb away).
const BESIDE: [&str; 3] = ["upstream_gene_variant", "downstream_gene_variant", "intergenic_variant"];

impl CnvFacts {
    /// The facts of row `row`, where it is a copy-number change: a deletion
    /// (the loss table), a duplication (the gain table), or a CNV whose
    /// sign its own allele (`<CN0>`, `<CN3>`) or the proband's copy number
    /// gives against the copies expected on its chromosome (the only
    /// sample's, without a family). `None` for anything else, and where
    /// the sign cannot be told (chrX without the proband's sex).
    ///
    /// `detail`, the record decoded, gives the genes as the annotation's
    /// transcripts do: only those the variant overlaps, and how many are
    /// protein-coding. `dosage_list` is used only where its build is the
    /// file's (`build`), or either is unknown.
    pub fn gather(
        store: &VariantStore,
        family: Option<&Family>,
        row: usize,
        dosage_list: Option<&DosageList>,
        build: Option<Build>,
        detail: Option<&AltDetail>,
    ) -> Option<CnvFacts> {
        let sv = store.structural(row)?;
        let shown = store.row(row, TranscriptPolicy::All);
        let patient = family.map(|f| f.proband).or((store.samples() == 1).then_some(0));
        let dosage = match sv.kind {
            SvKind::Del => Dosage::Loss,
            SvKind::Dup => Dosage::Gain,
            SvKind::Cnv => {
                let expected = expected_copies(&shown.chrom, family.map_or(Sex::Unknown, |f| f.proband_sex))?;
                let copies =
                    crate::sv::allele_copies(&shown.alt).or_else(|| patient.and_then(|p| store.call(row, p).copies))?;
                match copies.cmp(&expected) {
                    std::cmp::Ordering::Less => Dosage::Loss,
                    std::cmp::Ordering::Equal => return None,
                    std::cmp::Ordering::Greater => Dosage::Gain,
                }
            }
            _ => return None,
        };
        let (genes, gene_count) = match detail.filter(|d| !d.transcripts.is_empty()) {
            Some(detail) => overlapped(detail),
            None => {
                let mut genes = shown.genes.clone();
                genes.sort();
                genes.dedup();
                (genes, None)
            }
        };
        let facts = CnvFacts {
            dosage,
            annotated: detail
                .map_or(!shown.genes.is_empty() || shown.consequence.is_some(), |d| !d.transcripts.is_empty()),
            genes,
            gene_count,
            population_af: shown.scores.af.map(f64::from),
            origin: family.map_or(CnvOrigin::Unknown, |f| origin(store, f, row)),
            size: sv.len.map(u64::from),
            ..CnvFacts::default()
        };
        let list = dosage_list.filter(|list| match (list.assembly(), build) {
            (Some(theirs), Some(ours)) => theirs == ours,
            _ => true,
        });
        Some(match list {
            Some(list) => facts.with_dosage_list(list, &shown.chrom, u64::from(sv.start), u64::from(sv.end)),
            None => facts,
        })
    }
}

/// The genes the variant's transcripts overlap (not those VEP names from
/// up to 5 kb away), sorted, and how many of them are protein-coding where
/// the annotation gives biotypes.
fn overlapped(detail: &AltDetail) -> (Vec<String>, Option<u32>) {
    let touching = detail.transcripts.iter().filter(|t| !t.consequences.iter().all(|c| BESIDE.contains(&c.as_str())));
    let mut genes: Vec<String> = touching.clone().filter_map(|t| t.symbol.clone()).collect();
    genes.sort();
    genes.dedup();
    let biotypes = detail.transcripts.iter().any(|t| t.biotype.is_some());
    let coding = biotypes.then(|| {
        let mut coding: Vec<&str> = touching
            .filter(|t| t.biotype.as_deref() == Some("protein_coding"))
            .filter_map(|t| t.symbol.as_deref())
            .collect();
        coding.sort_unstable();
        coding.dedup();
        coding.len() as u32
    });
    (genes, coding)
}

/// The copies of `chrom` a person of `sex` has: two of an autosome, of a
/// woman's X; one of a man's X and Y. `None` where it cannot be said.
fn expected_copies(chrom: &str, sex: Sex) -> Option<u8> {
    match (crate::chrom::parse(chrom)?, sex) {
        (Chromosome::Autosome(_), _) => Some(2),
        (Chromosome::X, Sex::Female) => Some(2),
        (Chromosome::X | Chromosome::Y, Sex::Male) => Some(1),
        _ => None,
    }
}

/// Where the proband's CNV came from, as far as the trio's calls prove it:
/// de novo where inheritance says so without doubt; inherited where the
/// proband and one parent carry it, each call passing trio QC, from an
/// affected parent if either carrier is affected, else from an unaffected
/// one if a carrier is recorded as unaffected; unknown otherwise (both
/// parents carrying it, or their affection unknown: the clinician may know
/// more).
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
    let parents: Vec<Affection> =
        [Role::Father, Role::Mother].into_iter().filter_map(sure).map(|p| p.affected).collect();
    if parents.contains(&Affection::Affected) {
        CnvOrigin::InheritedFromAffected
    } else if parents == [Affection::Unaffected] {
        CnvOrigin::InheritedFromUnaffected
    } else {
        CnvOrigin::Unknown
    }
}
