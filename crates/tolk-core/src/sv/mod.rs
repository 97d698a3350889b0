//! Structural variants and copy-number changes (shared SPEC.md section 9):
//! what a record's ALT and INFO say of one allele's type, span and size,
//! and what its sample columns say of copy number and supporting reads.
//!
//! A record is structural when its ALT is symbolic (`<DEL>`, `<DUP:TANDEM>`,
//! `<INS:ME:ALU>`, `<CN0>`), a breakend (`G]17:198982]`, VCF 4.3 section
//! 5.4), or when INFO gives an `SVTYPE` (Pindel and others write deletions
//! as sequence). gVCF's `<*>` and `<NON_REF>` are not variants and stay
//! small. Span and size come from `END` and `SVLEN` where the caller wrote
//! them, else from the alleles; a value the caller did not write is never
//! guessed (an insertion of unknown length has no size).

pub mod columns;
pub(crate) mod kind;
pub mod samples;

pub(crate) use kind::allele_kind;
pub use kind::{allele_copies, SvKind};

use crate::vcf::record::RecordFields;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A structural row as the grid, the detail and the note show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Structural {
    /// `DEL`, `DUP`, `INV`, `INS`, `CNV`, `BND` or `CPX`.
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub kind: SvKind,
    /// The first and last reference bases it covers (after POS's padding
    /// base, where the type has one).
    pub start: u32,
    pub end: u32,
    /// Size in bases; `None` where the caller gives none.
    pub len: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cipos: Option<(i32, i32)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ciend: Option<(i32, i32)>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub imprecise: bool,
    /// A breakend's mate, `chr:pos`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mate: Option<String>,
}

/// What a record says of one ALT allele that is a structural variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SvAllele<'a> {
    pub kind: SvKind,
    /// The last reference base the variant touches (`END`, else the
    /// alleles'); POS for insertions and breakends.
    pub end: u32,
    /// Its size in bases (`|SVLEN|`, else the span or the alleles' length
    /// difference); `None` when the caller gives none (breakends, an
    /// insertion of unknown length).
    pub len: Option<u32>,
    /// `CIPOS` and `CIEND`: how far each breakpoint may lie from POS and END.
    pub cipos: Option<(i32, i32)>,
    pub ciend: Option<(i32, i32)>,
    /// `IMPRECISE`: the breakpoints are estimates.
    pub imprecise: bool,
    /// A breakend's mate, `chr:pos`: from its ALT, else from Delly's and
    /// Sniffles' `CHR2` and `END`.
    pub mate: Option<Cow<'a, str>>,
}

/// Why a structural record's span could not be taken as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SvProblem {
    /// `END` lies before POS (the variant is read as ending at POS).
    EndBeforePos(u32),
    /// `END`, `SVLEN`, `CIPOS` or `CIEND` is not a number (the key).
    BadNumber(&'static str),
}

/// Reads allele `alt` (number `index`, 0-based) of `record` as a
/// structural variant; `None` when it is a small one.
pub fn read<'a>(
    record: &RecordFields<'a>,
    index: usize,
    alt: &'a str,
    problems: &mut Vec<SvProblem>,
) -> Option<SvAllele<'a>> {
    let kind = allele_kind(alt).or_else(|| record.info_value("SVTYPE").and_then(SvKind::named))?;
    let pos = record.pos;
    let reference = record.reference();
    let number = |key: &'static str, problems: &mut Vec<SvProblem>| -> Option<i64> {
        let value = record.info_value(key)?;
        let one = value.split(',').nth(index).or_else(|| value.split(',').next())?;
        let parsed = one.trim().parse::<i64>().ok();
        if parsed.is_none() && one != "." {
            problems.push(SvProblem::BadNumber(key));
        }
        parsed
    };
    if kind == SvKind::Bnd {
        return Some(breakend(record, alt, problems));
    }
    let sequence = !alt.starts_with('<');
    let svlen = number("SVLEN", problems).map(i64::unsigned_abs);
    let end = match number("END", problems) {
        Some(end) if end < i64::from(pos) => {
            problems.push(SvProblem::EndBeforePos(u32::try_from(end.max(0)).unwrap_or(0)));
            None
        }
        Some(end) => u32::try_from(end).ok(),
        None => None,
    };
    let end = end.unwrap_or_else(|| match kind {
        SvKind::Ins => pos,
        _ if sequence => pos.saturating_add(reference.len() as u32).saturating_sub(1),
        _ => svlen.map_or(pos, |len| pos.saturating_add(u32::try_from(len).unwrap_or(u32::MAX))),
    });
    let len = svlen.and_then(|l| u32::try_from(l).ok()).or(match kind {
        _ if sequence => Some(reference.len().abs_diff(alt.len()) as u32),
        SvKind::Ins => None,
        _ => (end > pos).then(|| end - pos),
    });
    Some(SvAllele {
        kind,
        end,
        len,
        cipos: interval(record, "CIPOS", problems),
        ciend: interval(record, "CIEND", problems),
        imprecise: record.info_value("IMPRECISE").is_some(),
        mate: None,
    })
}

/// A breakend: one junction, at POS. Its `END` and `SVLEN`, where a caller
/// writes them (Delly's `TRA`, Sniffles' `BND`), are the mate's position
/// on another chromosome and a distance between chromosomes, not a span
/// or a size here, so it has neither.
fn breakend<'a>(record: &RecordFields<'a>, alt: &'a str, problems: &mut Vec<SvProblem>) -> SvAllele<'a> {
    let mate = breakend_mate(alt).map(Cow::Borrowed).or_else(|| {
        let (chrom, end) = (record.info_value("CHR2")?, record.info_value("END")?);
        Some(Cow::Owned(format!("{chrom}:{end}")))
    });
    SvAllele {
        kind: SvKind::Bnd,
        end: record.pos,
        len: None,
        cipos: interval(record, "CIPOS", problems),
        ciend: None,
        imprecise: record.info_value("IMPRECISE").is_some(),
        mate,
    }
}

/// `CIPOS` or `CIEND`: how far a breakpoint may lie either side.
fn interval(record: &RecordFields<'_>, key: &'static str, problems: &mut Vec<SvProblem>) -> Option<(i32, i32)> {
    let value = record.info_value(key)?;
    let mut parts = value.split(',').map(|p| p.trim().parse::<i32>());
    match (parts.next(), parts.next()) {
        (Some(Ok(a)), Some(Ok(b))) => Some((a, b)),
        // A missing bound (CNVkit's `CIPOS=.,145006`) is allowed: no interval.
        _ if value.split(',').any(|p| p.trim() == ".") => None,
        _ => {
            problems.push(SvProblem::BadNumber(key));
            None
        }
    }
}

/// The `chr:pos` between a breakend's brackets (`G]17:198982]` gives
/// `17:198982`); `None` for a single breakend.
fn breakend_mate(alt: &str) -> Option<&str> {
    let open = alt.find(['[', ']'])?;
    let rest = &alt[open + 1..];
    let close = rest.find(['[', ']'])?;
    Some(&rest[..close]).filter(|m| m.contains(':'))
}

#[cfg(test)]
mod tests {
    use super::kind::{is_vep_sv_word, vep_allele_names};
    use super::*;

    fn sv(line: &str) -> (Option<SvAllele<'_>>, Vec<SvProblem>) {
        let record = RecordFields::read(line).unwrap();
        let mut problems = Vec::new();
        let alt = record.alts[0];
        let read = read(&record, 0, alt, &mut problems);
        (read, problems)
    }

    #[test]
    fn symbolic_deletion_with_end_svlen_and_intervals() {
        // pyvcf3's example-4.1-sv.vcf, line 2.
        let line =
            "2\t321682\t.\tT\t<DEL>\t6\tPASS\tIMPRECISE;SVTYPE=DEL;END=321887;SVLEN=-105;CIPOS=-56,20;CIEND=-10,62";
        let (allele, problems) = sv(line);
        let a = allele.unwrap();
        assert_eq!((a.kind, a.end, a.len), (SvKind::Del, 321_887, Some(105)));
        assert_eq!((a.cipos, a.ciend, a.imprecise), (Some((-56, 20)), Some((-10, 62)), true));
        assert_eq!(a.kind.span(321_682, a.end), (321_683, 321_887));
        assert!(problems.is_empty());
    }

    #[test]
    fn subtypes_name_their_kind() {
        for (alt, kind) in [
            ("<DUP:TANDEM>", SvKind::Dup),
            ("<INS:ME:ALU>", SvKind::Ins),
            ("<DEL:ME:L1>", SvKind::Del),
            ("<CN0>", SvKind::Cnv),
            ("<CNV>", SvKind::Cnv),
            ("<INV>", SvKind::Inv),
            ("<DUP/INS>", SvKind::Dup),
            ("<INVDUP>", SvKind::Dup),
            ("<TRA>", SvKind::Bnd),
        ] {
            let line = format!("1\t100\t.\tA\t{alt}\t.\tPASS\tEND=500");
            assert_eq!(sv(&line).0.map(|a| a.kind), Some(kind), "{alt}");
        }
    }

    #[test]
    fn small_variants_and_gvcf_blocks_are_not_structural() {
        for line in
            ["1\t100\t.\tA\tG\t.\tPASS\t.", "1\t100\t.\tA\t<NON_REF>\t.\tPASS\tEND=200", "1\t100\t.\tA\t<*>\t.\t.\t."]
        {
            assert_eq!(sv(line).0, None, "{line}");
        }
    }

    #[test]
    fn vep_names_symbolic_alleles_by_their_class_and_breakends_by_their_mate() {
        assert!(vep_allele_names("<DEL>", "deletion"));
        assert!(vep_allele_names("<DUP:TANDEM>", "tandem_duplication"));
        assert!(vep_allele_names("<INS:ME>", "insertion"));
        assert!(vep_allele_names("[10:99665147[G", "[10"));
        assert!(!vep_allele_names("<DEL>", "duplication"));
        assert!(!vep_allele_names("T", "deletion"));
        assert!(vep_allele_names("<INV>", "INV"), "VEP 94's own spelling");
        assert!(is_vep_sv_word("deletion") && !is_vep_sv_word("-"));
        let record = RecordFields::read("1\t100\t.\tN\t<DUP>\t.\t.\tEND=900;CIPOS=.,500").unwrap();
        let mut problems = Vec::new();
        assert_eq!(read(&record, 0, "<DUP>", &mut problems).unwrap().cipos, None);
        assert!(problems.is_empty(), "a missing bound is no error");
    }

    #[test]
    fn breakends_have_a_mate_and_no_size() {
        // vembrane's breakend constellations and VCF 4.3 section 5.4.
        let (a, _) = sv("2\t321681\tbnd_W\tG\tG]17:198982]\t6\tPASS\tSVTYPE=BND;MATEID=bnd_Y");
        let a = a.unwrap();
        assert_eq!((a.kind, a.end, a.len, a.mate.as_deref()), (SvKind::Bnd, 321_681, None, Some("17:198982")));
        let (a, _) = sv("13\t123456\tbnd_U\tC\t[17:198983[C\t6\tPASS\t.");
        assert_eq!(a.unwrap().mate.as_deref(), Some("17:198983"));
        // Delly's translocation: END is the mate's position on CHR2.
        let (a, _) = sv("chr10\t2991435\tTRA1\tN\t<TRA>\t.\tLowQual\tSVTYPE=TRA;CHR2=chr1;END=19357517;CIPOS=-525,525");
        let a = a.unwrap();
        assert_eq!((a.end, a.len, a.mate.as_deref()), (2_991_435, None, Some("chr1:19357517")));
        // Sniffles writes an SVLEN for a breakend: no size.
        let (a, _) = sv("1\t100\t.\tN\t]18:9868617]N\t.\tPASS\tSVTYPE=BND;SVLEN=903236176;END=9868617;CHR2=18");
        assert_eq!(a.map(|a| (a.end, a.len)), Some((100, None)));
        let (a, _) = sv("1\t100\t.\tA\t.A\t.\tPASS\tSVTYPE=BND");
        assert_eq!(a.map(|a| (a.kind, a.mate)), Some((SvKind::Bnd, None)), "a single breakend");
    }

    #[test]
    fn sequence_deletions_named_by_svtype_and_ends_before_pos() {
        // pyvcf3's example-4.1-sv.vcf, line 1: Pindel's deletion as sequence,
        // with an END before POS as the file has it.
        let reference = "CCGTGGATGCGGGGACCCGCATCCCCTCTCCCTTCACAGCTGAGTGACCCACATCCCCTCTCCCCTCGCA";
        let line = format!("1\t2827693\t.\t{reference}\tC\t.\tPASS\tSVTYPE=DEL;END=2827680;SVLEN=-66");
        let (a, problems) = sv(&line);
        let a = a.unwrap();
        assert_eq!((a.kind, a.len), (SvKind::Del, Some(66)));
        assert_eq!(a.end, 2_827_693 + reference.len() as u32 - 1, "END before POS is not taken");
        assert_eq!(problems, [SvProblem::EndBeforePos(2_827_680)]);
    }

    #[test]
    fn sizes_come_from_the_span_when_svlen_is_absent_and_never_for_an_insertion() {
        let (a, _) = sv("1\t100\t.\tA\t<DUP>\t.\tPASS\tEND=1100");
        assert_eq!(a.unwrap().len, Some(1000));
        let (a, _) = sv("1\t100\t.\tA\t<INS>\t.\tPASS\tSVTYPE=INS");
        let a = a.unwrap();
        assert_eq!((a.len, a.end), (None, 100));
        let (a, problems) = sv("1\t100\t.\tA\t<DEL>\t.\tPASS\tEND=x;CIPOS=1");
        assert_eq!(a.unwrap().end, 100);
        assert_eq!(problems, [SvProblem::BadNumber("END"), SvProblem::BadNumber("CIPOS")]);
    }
}
