//! The ClinGen SVI BA1 exception list (Ghosh et al. 2018, Hum Mutat
//! 39:1525; list of 30 July 2018): variants common in a continental
//! population yet pathogenic, or not proven benign, for which BA1 must not
//! be applied. Matched by position and alleles in either build (the
//! coordinates as bihealth's auto-acmg encodes the list; transcripts have
//! moved on since, so the HGVS is shown, not matched).

use crate::chrom;
use crate::key::VariantKey;

/// One exception.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ba1Exception {
    pub gene: &'static str,
    pub transcript: &'static str,
    pub hgvsc: &'static str,
    pub hgvsp: &'static str,
    /// `(chrom, pos, ref, alt)` on GRCh37 and on GRCh38, chromosomes
    /// without `chr`.
    pub grch37: (&'static str, u32, &'static str, &'static str),
    pub grch38: (&'static str, u32, &'static str, &'static str),
}

const fn e(
    gene: &'static str,
    transcript: &'static str,
    hgvsc: &'static str,
    hgvsp: &'static str,
    grch37: (&'static str, u32, &'static str, &'static str),
    grch38: (&'static str, u32, &'static str, &'static str),
) -> Ba1Exception {
    Ba1Exception { gene, transcript, hgvsc, hgvsp, grch37, grch38 }
}

pub const BA1_EXCEPTIONS: [Ba1Exception; 9] = [
    e("ACAD9", "NM_014049.4", "c.-44_-41dupTAAG", "", ("3", 128598490, "C", "CTAAG"), ("3", 128879647, "C", "CTAAG")),
    e("GJB2", "NM_004004.5", "c.109G>A", "p.Val37Ile", ("13", 20763612, "C", "T"), ("13", 20189473, "C", "T")),
    e("HFE", "NM_000410.3", "c.187C>G", "p.His63Asp", ("6", 26091179, "C", "G"), ("6", 26090951, "C", "G")),
    e("HFE", "NM_000410.3", "c.845G>A", "p.Cys282Tyr", ("6", 26093141, "G", "A"), ("6", 26092913, "G", "A")),
    e("MEFV", "NM_000243.2", "c.1105C>T", "p.Pro369Ser", ("16", 3299586, "G", "A"), ("16", 3249586, "G", "A")),
    e("MEFV", "NM_000243.2", "c.1223G>A", "p.Arg408Gln", ("16", 3299468, "C", "T"), ("16", 3249468, "C", "T")),
    e("PIBF1", "NM_006346.2", "c.1214G>A", "p.Arg405Gln", ("13", 73409497, "G", "A"), ("13", 72835359, "G", "A")),
    e("ACADS", "NM_000017.3", "c.511C>T", "p.Arg171Trp", ("12", 121175678, "C", "T"), ("12", 120737875, "C", "T")),
    e("BTD", "NM_000060.4", "c.1330G>C", "p.Asp444His", ("3", 15686693, "G", "C"), ("3", 15645186, "G", "C")),
];

/// The exception `CHROM:POS:REF:ALT` is, if any (either build; `chr`
/// prefix or not).
pub fn ba1_exception(key: &str) -> Option<&'static Ba1Exception> {
    let k = VariantKey::parse(key)?;
    BA1_EXCEPTIONS.iter().find(|x| {
        [x.grch37, x.grch38]
            .iter()
            .any(|&(c, p, r, a)| chrom::same(c, k.chrom) && p == k.pos && r == k.reference && a == k.alt)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hfe_c282y_is_found_in_either_build_and_nothing_else_is() {
        assert_eq!(ba1_exception("6:26093141:G:A").map(|x| x.hgvsp), Some("p.Cys282Tyr"));
        assert_eq!(ba1_exception("chr6:26092913:G:A").map(|x| x.gene), Some("HFE"));
        assert_eq!(ba1_exception("chr6:26092913:G:T"), None);
        assert_eq!(ba1_exception("chr3:128879647:C:CTAAG").map(|x| x.gene), Some("ACAD9"));
        assert_eq!(ba1_exception("nonsense"), None);
    }
}
