//! `CHROM:POS:REF:ALT`: how Tolk names one ALT allele of one record, in the
//! table, the saved work (its variants are keyed by it), the note and the
//! BA1 exception list. Built in one place so that every part spells it the
//! same way.

use std::fmt;

/// One ALT allele of one record, by its position and alleles as the VCF
/// writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VariantKey<'a> {
    pub chrom: &'a str,
    /// 1-based, as in the VCF.
    pub pos: u32,
    pub reference: &'a str,
    pub alt: &'a str,
}

impl fmt::Display for VariantKey<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}:{}", self.chrom, self.pos, self.reference, self.alt)
    }
}

impl<'a> VariantKey<'a> {
    /// Reads a key back. Contig names may hold `:` (GRCh38's HLA contigs),
    /// so the fields are taken from the right; an ALT holding `:` (a
    /// breakend) cannot be told apart and is not read.
    pub fn parse(text: &'a str) -> Option<VariantKey<'a>> {
        let mut parts = text.rsplitn(4, ':');
        let (alt, reference, pos, chrom) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
        let pos = pos.parse().ok()?;
        (!chrom.is_empty()).then_some(VariantKey { chrom, pos, reference, alt })
    }
}

#[cfg(test)]
mod tests {
    use super::VariantKey;

    #[test]
    fn a_key_is_written_and_read_back() {
        let key = VariantKey { chrom: "chr2", pos: 166003512, reference: "C", alt: "T" };
        assert_eq!(key.to_string(), "chr2:166003512:C:T");
        assert_eq!(VariantKey::parse("chr2:166003512:C:T"), Some(key));
        let hla = VariantKey::parse("HLA-A*01:01:01:01:100:G:A").unwrap();
        assert_eq!((hla.chrom, hla.pos, hla.reference, hla.alt), ("HLA-A*01:01:01:01", 100, "G", "A"));
        assert_eq!(VariantKey::parse("chr2:x:C:T"), None);
        assert_eq!(VariantKey::parse("C:T"), None);
    }
}
