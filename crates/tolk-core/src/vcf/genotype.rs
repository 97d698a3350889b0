//! Per-sample calls: GT (VCF 4.3 section 1.6.2: `/` unphased, `|` phased,
//! `.` missing, any ploidy), DP, GQ and AD, reduced to what filters and
//! inheritance need for one ALT row, and packed into a few bytes.

use serde::{Deserialize, Serialize};

/// One sample's genotype seen from one ALT allele.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Genotype {
    /// Copies of this row's ALT allele.
    pub alt_copies: u8,
    /// Alleles called, `.` not counted (`0/.` has 1); 0 when there is no call.
    pub called: u8,
    pub phased: bool,
    /// At least one allele is `.`.
    pub missing: bool,
}

/// How a sample carries one ALT allele.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Zygosity {
    /// No call.
    Missing,
    /// No copy of this ALT (it may carry another ALT of the site).
    HomRef,
    /// Some but not all alleles are this ALT.
    Het,
    /// Every allele is this ALT (ploidy 2 or more).
    HomAlt,
    /// One allele, and it is this ALT (haploid chrX/chrY/MT in males).
    Hemizygous,
}

impl Zygosity {
    /// The message key of its words.
    pub fn key(self) -> &'static str {
        match self {
            Zygosity::Missing => msg!("zygosity-missing"),
            Zygosity::HomRef => msg!("zygosity-hom-ref"),
            Zygosity::Het => msg!("zygosity-het"),
            Zygosity::HomAlt => msg!("zygosity-hom-alt"),
            Zygosity::Hemizygous => msg!("zygosity-hemizygous"),
        }
    }
}

impl Genotype {
    /// Packs into one byte: copies (3 bits), called (3 bits), phased, missing.
    pub fn pack(self) -> u8 {
        (self.alt_copies.min(7))
            | (self.called.min(7) << 3)
            | (u8::from(self.phased) << 6)
            | (u8::from(self.missing) << 7)
    }

    pub fn unpack(byte: u8) -> Genotype {
        Genotype { alt_copies: byte & 7, called: (byte >> 3) & 7, phased: byte & 64 != 0, missing: byte & 128 != 0 }
    }

    pub fn zygosity(self) -> Zygosity {
        match (self.called, self.alt_copies) {
            (0, _) => Zygosity::Missing,
            (_, 0) => Zygosity::HomRef,
            (1, _) if !self.missing => Zygosity::Hemizygous,
            (called, copies) if !self.missing && copies >= called => Zygosity::HomAlt,
            _ => Zygosity::Het,
        }
    }
}

/// Reads a GT value into `alleles` (`Some(n)` for allele n, `None` for
/// `.`) and returns whether it is phased; `None` when the text is not a
/// genotype. `alleles` is a reused buffer.
pub fn parse_gt(text: &str, alleles: &mut Vec<Option<u16>>) -> Option<bool> {
    alleles.clear();
    if text.is_empty() {
        return None;
    }
    let phased = text.contains('|');
    // VCF 4.4 allows a leading phasing marker (`|0|1`); accept and skip it.
    let body = text.strip_prefix(['|', '/']).unwrap_or(text);
    for allele in body.split(['/', '|']) {
        match allele {
            "." => alleles.push(None),
            a => alleles.push(Some(a.parse::<u16>().ok()?)),
        }
    }
    Some(phased)
}

/// The genotype of `alleles` seen from ALT number `alt` (1-based).
pub fn genotype_for(alleles: &[Option<u16>], phased: bool, alt: u16) -> Genotype {
    Genotype {
        alt_copies: alleles.iter().filter(|a| **a == Some(alt)).count().min(7) as u8,
        called: alleles.iter().filter(|a| a.is_some()).count().min(7) as u8,
        phased,
        missing: alleles.iter().any(Option::is_none),
    }
}

/// Allele balance of ALT number `alt` from AD (`ref,alt1,alt2,...`):
/// alt / (ref + alt). `None` without depth.
pub fn allele_balance(ad: &[Option<u32>], alt: usize) -> Option<f32> {
    let reference = (*ad.first()?)?;
    let alt_depth = (*ad.get(alt)?)?;
    let total = reference + alt_depth;
    (total > 0).then(|| alt_depth as f32 / total as f32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zyg(gt: &str, alt: u16) -> Zygosity {
        let mut alleles = Vec::new();
        let phased = parse_gt(gt, &mut alleles).unwrap();
        genotype_for(&alleles, phased, alt).zygosity()
    }

    #[test]
    fn zygosity_from_gt() {
        assert_eq!(zyg("0/1", 1), Zygosity::Het);
        assert_eq!(zyg("1|1", 1), Zygosity::HomAlt);
        assert_eq!(zyg("0/0", 1), Zygosity::HomRef);
        assert_eq!(zyg("1", 1), Zygosity::Hemizygous);
        assert_eq!(zyg("0", 1), Zygosity::HomRef);
        assert_eq!(zyg("./.", 1), Zygosity::Missing);
        assert_eq!(zyg(".", 1), Zygosity::Missing);
        assert_eq!(zyg("1/2", 2), Zygosity::Het, "seen from the second ALT");
        assert_eq!(zyg("2/2", 1), Zygosity::HomRef, "no copy of the first ALT");
        assert_eq!(zyg("0/1/1", 1), Zygosity::Het, "triploid");
        assert_eq!(zyg("1/1/1", 1), Zygosity::HomAlt);
        assert_eq!(zyg("0/.", 1), Zygosity::HomRef, "half-missing, no ALT seen");
        assert_eq!(zyg("1/.", 1), Zygosity::Het);
    }

    #[test]
    fn bad_genotypes_are_refused() {
        let mut alleles = Vec::new();
        assert!(parse_gt("0\\1", &mut alleles).is_none());
        assert!(parse_gt("", &mut alleles).is_none());
        assert!(parse_gt("A/B", &mut alleles).is_none());
        assert_eq!(parse_gt("|0|1", &mut alleles), Some(true));
        assert_eq!(alleles, [Some(0), Some(1)]);
    }

    #[test]
    fn packing_round_trips() {
        for gt in ["0/1", "1|1", "./.", "1", "0/1/1", "1/."] {
            let mut alleles = Vec::new();
            let phased = parse_gt(gt, &mut alleles).unwrap();
            let g = genotype_for(&alleles, phased, 1);
            assert_eq!(Genotype::unpack(g.pack()), g, "{gt}");
        }
    }

    #[test]
    fn allele_balance_per_alt() {
        let ad = [Some(10), Some(30), Some(0)];
        assert_eq!(allele_balance(&ad, 1), Some(0.75));
        assert_eq!(allele_balance(&ad, 2), Some(0.0));
        assert_eq!(allele_balance(&[Some(0), Some(0)], 1), None);
        assert_eq!(allele_balance(&[None, Some(3)], 1), None);
    }
}
