//! The type of a structural variant, and what an ALT allele says of it by
//! itself (a symbolic id, a breakend's brackets, VEP's words for it). Apart
//! from the record reading in `sv`, so that the annotation reader can match
//! VEP's allele words without depending on records.

crate::vocabulary! {
    /// The type of a structural variant, as `SVTYPE` names it.
    pub enum SvKind {
        Del => ("DEL", "sv-kind-del"),
        Dup => ("DUP", "sv-kind-dup"),
        Inv => ("INV", "sv-kind-inv"),
        Ins => ("INS", "sv-kind-ins"),
        /// A copy-number change of either sign (`<CNV>`, `<CN0>`, gnomAD-SV's `MCNV`).
        Cnv => ("CNV", "sv-kind-cnv"),
        /// A breakend (a translocation's or a rearrangement's junction).
        Bnd => ("BND", "sv-kind-bnd"),
        /// A complex rearrangement (GATK-SV's `CPX`).
        Cpx => ("CPX", "sv-kind-cpx"),
    }
}

impl SvKind {
    /// The kind an `SVTYPE` or a symbolic ALT's id names: its first part
    /// (`DUP:TANDEM` is a duplication, `DEL:ME:ALU` a deletion).
    pub fn named(text: &str) -> Option<SvKind> {
        // `DUP/INS` (Sniffles: a duplication or an insertion) reads as its first.
        let head = text.split([':', '/']).next().unwrap_or(text).to_ascii_uppercase();
        Some(match head.as_str() {
            "DEL" => SvKind::Del,
            // Sniffles' inverted duplication: a gain all the same.
            "DUP" | "INVDUP" => SvKind::Dup,
            "INV" => SvKind::Inv,
            "INS" => SvKind::Ins,
            "CNV" | "MCNV" => SvKind::Cnv,
            "BND" | "TRA" | "CTX" => SvKind::Bnd,
            "CPX" => SvKind::Cpx,
            // Canvas and others: `<CN0>`, `<CN3>`.
            cn if cn.len() > 2 && cn.starts_with("CN") && cn[2..].bytes().all(|b| b.is_ascii_digit()) => SvKind::Cnv,
            _ => return None,
        })
    }

    /// Whether the variant changes how many copies of its span there are:
    /// what the CNV points scheme (Riggs et al. 2020) is for.
    pub fn is_copy_number(self) -> bool {
        matches!(self, SvKind::Del | SvKind::Dup | SvKind::Cnv)
    }

    /// Whether POS is the base before the event (VCF 4.3 section 1.6.1):
    /// true of symbolic deletions, duplications, inversions and CNVs.
    fn padded(self) -> bool {
        matches!(self, SvKind::Del | SvKind::Dup | SvKind::Inv | SvKind::Cnv | SvKind::Cpx)
    }

    /// The inclusive span a variant at `pos` ending at `end` covers.
    pub fn span(self, pos: u32, end: u32) -> (u32, u32) {
        let start = if self.padded() && end > pos { pos + 1 } else { pos };
        (start, end.max(start))
    }
}

/// The kind an ALT allele names by itself: a symbolic allele's id, or a
/// breakend's brackets. gVCF's reference blocks name none.
pub(crate) fn allele_kind(alt: &str) -> Option<SvKind> {
    if let Some(id) = alt.strip_prefix('<').and_then(|a| a.strip_suffix('>')) {
        return SvKind::named(id);
    }
    let single_breakend = alt.len() > 1 && (alt.starts_with('.') || alt.ends_with('.'));
    (alt.contains('[') || alt.contains(']') || single_breakend).then_some(SvKind::Bnd)
}

/// The copy number an ALT names (`<CN0>`, `<CN3>`), if it names one.
pub fn allele_copies(alt: &str) -> Option<u8> {
    let id = alt.strip_prefix("<CN")?.strip_suffix('>')?;
    id.parse().ok()
}

/// The words VEP writes in `Allele` for a symbolic ALT of `kind`: its
/// class's Sequence Ontology terms.
fn vep_words(kind: SvKind) -> &'static [&'static str] {
    match kind {
        SvKind::Del => &["deletion", "copy_number_loss"],
        SvKind::Dup => &["duplication", "tandem_duplication", "copy_number_gain"],
        SvKind::Inv => &["inversion"],
        SvKind::Ins => &["insertion", "mobile_element_insertion", "novel_sequence_insertion"],
        SvKind::Cnv => &["copy_number_variation", "copy_number_gain", "copy_number_loss"],
        SvKind::Bnd | SvKind::Cpx => &[],
    }
}

/// Whether VEP's `Allele` column names structural ALT `alt`: VEP writes a
/// symbolic allele as its class's Sequence Ontology term (`deletion` for
/// `<DEL>`, `tandem_duplication`, `copy_number_gain`...), VEP 94 some as
/// their id (`INV`), and a breakend up to its mate's colon (`[10` for
/// `[10:99665147[G`).
pub(crate) fn vep_allele_names(alt: &str, allele: &str) -> bool {
    if alt.contains(['[', ']']) {
        return alt.split(':').next() == Some(allele);
    }
    let Some(id) = alt.strip_prefix('<').and_then(|a| a.strip_suffix('>')) else { return false };
    let Some(kind) = SvKind::named(id) else { return false };
    id.split(':').next().is_some_and(|head| head.eq_ignore_ascii_case(allele))
        || vep_words(kind).iter().any(|w| w.eq_ignore_ascii_case(allele))
}

/// Whether `allele` is a word VEP writes only for structural variants (its
/// `Allele` for Pindel's or Manta's deletions written as sequence too).
pub(crate) fn is_vep_sv_word(allele: &str) -> bool {
    SvKind::ALL.iter().any(|&k| vep_words(k).iter().any(|w| w.eq_ignore_ascii_case(allele)))
}
