//! Trio QC: whether a call is good enough for an inheritance call to rest
//! on it.

use crate::store::Call;
use crate::vcf::genotype::Zygosity;
use serde::{Deserialize, Serialize};

/// The call quality an inheritance call or a de novo suggestion rests on
/// (the clinical defaults of shared SPEC.md section 3, and slivar's
/// published de novo expression for the parents' ALT reads). A call that
/// fails any of these makes a fit "possible", never "yes".
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct CallQc {
    /// GQ must be given and at least this.
    pub min_gq: u32,
    /// DP must be given and at least this.
    pub min_dp: u32,
    /// A heterozygous call's allele balance (ALT / (REF + ALT)) within this
    /// range, where AD is given.
    pub het_ab: (f32, f32),
    /// A hom-alt call's allele balance at least this, where AD is given.
    pub hom_alt_ab: f32,
    /// A hom-ref call's allele balance below this, where AD is given; at or
    /// above it, the sample's reads show the ALT (in a parent: possible
    /// mosaicism).
    pub hom_ref_ab: f32,
}

impl Default for CallQc {
    fn default() -> Self {
        CallQc::CLINICAL
    }
}

impl CallQc {
    /// The clinical defaults: also the rare-disease preset's GQ and DP
    /// filters, so that the table and the inheritance calls hold calls to
    /// one standard.
    pub const CLINICAL: CallQc =
        CallQc { min_gq: 20, min_dp: 10, het_ab: (0.2, 0.8), hom_alt_ab: 0.8, hom_ref_ab: 0.02 };
}

impl CallQc {
    /// No check at all: every call is taken as it is written (for judging
    /// the genotype logic alone, as other tools' test sets expect).
    pub const OFF: CallQc =
        CallQc { min_gq: 0, min_dp: 0, het_ab: (0.0, 1.0), hom_alt_ab: 0.0, hom_ref_ab: f32::INFINITY };
}

/// Why a call is not trusted as it stands (trio QC), in the order checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QcFailure {
    NoGq,
    LowGq,
    NoDp,
    LowDp,
    /// A heterozygous call whose allele balance is out of range.
    SkewedBalance,
    /// A hom-alt call with many REF reads.
    HomAltBalance,
    /// A hom-ref call whose reads show the ALT.
    AltReads,
}

impl QcFailure {
    /// Message key of what failed.
    pub fn key(self) -> &'static str {
        match self {
            QcFailure::NoGq => msg!("qc-no-gq"),
            QcFailure::LowGq => msg!("qc-low-gq"),
            QcFailure::NoDp => msg!("qc-no-dp"),
            QcFailure::LowDp => msg!("qc-low-dp"),
            QcFailure::SkewedBalance => msg!("qc-skewed-balance"),
            QcFailure::HomAltBalance => msg!("qc-hom-alt-balance"),
            QcFailure::AltReads => msg!("qc-alt-reads"),
        }
    }
}

impl CallQc {
    /// What fails for `call`, if anything (a no-call fails nothing: it is
    /// unknown, not doubtful).
    pub fn check(&self, call: &Call) -> Option<QcFailure> {
        let zygosity = call.zygosity;
        if zygosity == Zygosity::Missing || *self == CallQc::OFF {
            return None;
        }
        match call.gq {
            None => return Some(QcFailure::NoGq),
            Some(gq) if gq < self.min_gq => return Some(QcFailure::LowGq),
            _ => {}
        }
        match call.dp {
            // Structural callers count reads supporting each allele, not
            // depth (Manta, Delly and Lumpy write no DP): their GQ, checked
            // above, is what their call rests on.
            None if call.sv_reads.is_some() || call.copies.is_some() => {}
            None => return Some(QcFailure::NoDp),
            Some(dp) if dp < self.min_dp => return Some(QcFailure::LowDp),
            _ => {}
        }
        let ab = call.ab?;
        match zygosity {
            Zygosity::Het if ab < self.het_ab.0 || ab > self.het_ab.1 => Some(QcFailure::SkewedBalance),
            Zygosity::HomAlt if ab < self.hom_alt_ab => Some(QcFailure::HomAltBalance),
            Zygosity::HomRef if ab >= self.hom_ref_ab => Some(QcFailure::AltReads),
            _ => None,
        }
    }
}
