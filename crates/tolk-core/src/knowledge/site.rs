//! A variant's site as every knowledge file is matched by it: the
//! chromosome without `chr` (`M` spelled `MT`), the position, and the
//! alleles trimmed to their shortest (a multi-allelic record's second ALT
//! `AT>ATT` is `A>AT` one base on, as ClinVar and `bcftools norm` write it).
//!
//! Not left-aligned: that needs the reference sequence, which Tolk does
//! not carry. Pipelines and ClinVar write left-aligned indels already
//! (`bcftools norm`, `vt normalize`); an indel that is not will not match.

use crate::chrom;
use crate::key::VariantKey;
use serde::{Deserialize, Serialize};
use std::fmt;

/// `CHROM:POS:REF:ALT`, normalised: see the module docs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SiteKey {
    pub chrom: String,
    pub pos: u32,
    pub reference: String,
    pub alt: String,
}

impl SiteKey {
    /// The site of one ALT allele as a file writes it. `None` for what has
    /// no site of its own: a symbolic or breakend ALT, `*`, `.`, or alleles
    /// that are not bases.
    pub fn new(chrom: &str, pos: u32, reference: &str, alt: &str) -> Option<SiteKey> {
        let bases = |s: &str| {
            !s.is_empty() && s.bytes().all(|b| matches!(b.to_ascii_uppercase(), b'A' | b'C' | b'G' | b'T' | b'N'))
        };
        if !bases(reference) || !bases(alt) || pos == 0 {
            return None;
        }
        let (mut r, mut a) = (reference.as_bytes(), alt.as_bytes());
        // The shared last bases, then the shared first ones (one kept as
        // the anchor of an indel).
        while r.len() > 1 && a.len() > 1 && r[r.len() - 1].eq_ignore_ascii_case(&a[a.len() - 1]) {
            (r, a) = (&r[..r.len() - 1], &a[..a.len() - 1]);
        }
        let mut pos = pos;
        while r.len() > 1 && a.len() > 1 && r[0].eq_ignore_ascii_case(&a[0]) {
            (r, a) = (&r[1..], &a[1..]);
            pos += 1;
        }
        let upper = |s: &[u8]| String::from_utf8_lossy(s).to_ascii_uppercase();
        Some(SiteKey { chrom: canonical_chrom(chrom), pos, reference: upper(r), alt: upper(a) })
    }

    /// The site of a Tolk key (`chr2:166003512:C:T`).
    pub fn of_key(key: &str) -> Option<SiteKey> {
        SiteKey::of(VariantKey::parse(key)?)
    }

    /// The site of a variant key.
    pub fn of(k: VariantKey<'_>) -> Option<SiteKey> {
        SiteKey::new(k.chrom, k.pos, k.reference, k.alt)
    }
}

/// `1`-`22`, `X`, `Y`, `MT`; other contigs by their bare name.
pub fn canonical_chrom(name: &str) -> String {
    match chrom::parse(name) {
        Some(c) => c.to_string(),
        None => chrom::bare(name).to_owned(),
    }
}

impl fmt::Display for SiteKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}:{}", self.chrom, self.pos, self.reference, self.alt)
    }
}

impl From<SiteKey> for String {
    fn from(k: SiteKey) -> String {
        k.to_string()
    }
}

impl TryFrom<String> for SiteKey {
    type Error = String;
    fn try_from(text: String) -> Result<SiteKey, String> {
        SiteKey::of_key(&text).ok_or_else(|| format!("\"{text}\" is not a CHROM:POS:REF:ALT site"))
    }
}

#[cfg(test)]
mod tests {
    use super::SiteKey;

    #[test]
    fn every_spelling_of_a_site_is_one_site() {
        let a = SiteKey::new("chr2", 166003512, "C", "T").unwrap();
        assert_eq!(a, SiteKey::new("2", 166003512, "c", "t").unwrap());
        assert_eq!(a.to_string(), "2:166003512:C:T");
        assert_eq!(SiteKey::of_key("chrM:73:A:G").unwrap().chrom, "MT");
        // A multi-allelic record's second ALT, trimmed as ClinVar writes it.
        assert_eq!(SiteKey::new("1", 100, "AT", "ATT").unwrap().to_string(), "1:100:A:AT");
        assert_eq!(SiteKey::new("1", 100, "CAGT", "CGGT").unwrap().to_string(), "1:101:A:G");
        assert_eq!(SiteKey::new("1", 100, "ATG", "A").unwrap().to_string(), "1:100:ATG:A");
        for alt in ["<DEL>", "*", ".", "A[1:5["] {
            assert_eq!(SiteKey::new("1", 100, "A", alt), None);
        }
        let back: SiteKey = serde_json::from_str("\"chrX:5:G:A\"").unwrap();
        assert_eq!(serde_json::to_string(&back).unwrap(), "\"X:5:G:A\"");
    }
}
