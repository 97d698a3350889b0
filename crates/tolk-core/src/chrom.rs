//! Chromosome names as files write them: `chr1` and `1`, `chrX`, `CHRX` and
//! `X`, `chrM`, `M` and `MT` are each one chromosome. One place decides,
//! for sorting, inheritance (is it X?), HGVS accessions, panels, regions
//! and the BA1 exception list, so that they cannot disagree about a name.

/// A chromosome of the human karyotype.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Chromosome {
    /// 1 to 22.
    Autosome(u8),
    X,
    Y,
    Mitochondrion,
}

impl Chromosome {
    /// 1-22, then 23 for X, 24 for Y, 25 for the mitochondrion: karyotype
    /// order, and the RefSeq accession number for 1-24.
    pub fn number(self) -> u8 {
        match self {
            Chromosome::Autosome(n) => n,
            Chromosome::X => 23,
            Chromosome::Y => 24,
            Chromosome::Mitochondrion => 25,
        }
    }
}

/// `1`-`22`, `X`, `Y`, `MT`: the bare name, as ClinVar and GRCh37's
/// `b37` write them.
impl std::fmt::Display for Chromosome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Chromosome::Autosome(n) => write!(f, "{n}"),
            Chromosome::X => f.write_str("X"),
            Chromosome::Y => f.write_str("Y"),
            Chromosome::Mitochondrion => f.write_str("MT"),
        }
    }
}

/// The name without a `chr` prefix in any case (`chrX`, `CHRX`, `Chr1`).
pub fn bare(name: &str) -> &str {
    match name.get(..3) {
        Some(prefix) if prefix.eq_ignore_ascii_case("chr") => &name[3..],
        _ => name,
    }
}

/// The chromosome `name` is, if it is one of the karyotype (any case, with
/// or without `chr`); `None` for other contigs.
pub fn parse(name: &str) -> Option<Chromosome> {
    let b = bare(name);
    if b.eq_ignore_ascii_case("X") {
        Some(Chromosome::X)
    } else if b.eq_ignore_ascii_case("Y") {
        Some(Chromosome::Y)
    } else if b.eq_ignore_ascii_case("M") || b.eq_ignore_ascii_case("MT") {
        Some(Chromosome::Mitochondrion)
    } else {
        b.parse().ok().filter(|n| (1..=22).contains(n)).map(Chromosome::Autosome)
    }
}

/// Whether `name` is the X chromosome.
pub fn is_x(name: &str) -> bool {
    parse(name) == Some(Chromosome::X)
}

/// Whether two names are the same chromosome or contig (other contigs are
/// compared by their bare name, without case).
pub fn same(a: &str, b: &str) -> bool {
    match (parse(a), parse(b)) {
        (Some(x), Some(y)) => x == y,
        (None, None) => bare(a).eq_ignore_ascii_case(bare(b)),
        _ => false,
    }
}

/// Sort key: the karyotype (1-22, X, Y, M), then other contigs by name.
pub fn karyotype(name: &str) -> (u8, &str) {
    match parse(name) {
        Some(c) => (c.number(), ""),
        None => (u8::MAX, name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_a_chromosome_is_one_chromosome() {
        for x in ["X", "x", "chrX", "CHRX", "Chrx", "chrx"] {
            assert_eq!(parse(x), Some(Chromosome::X), "{x}");
            assert!(is_x(x) && same(x, "X"), "{x}");
        }
        for m in ["M", "MT", "chrM", "chrMT", "CHRM", "mt"] {
            assert_eq!(parse(m), Some(Chromosome::Mitochondrion), "{m}");
        }
        assert_eq!(parse("chr22"), Some(Chromosome::Autosome(22)));
        assert_eq!(parse("chr23"), None);
        assert_eq!(parse("chr0"), None);
        assert_eq!(parse("GL000192.1"), None);
        assert!(same("chr1", "1") && !same("chr1", "chr11") && !same("X", "chrY"));
        assert!(same("chrUn_gl000220", "Un_GL000220") && !same("chr1", "GL000192.1"));
    }

    #[test]
    fn karyotype_order_is_the_same_whatever_the_spelling() {
        let mut names = ["chrX", "GL000192.1", "chr10", "CHRM", "chr2", "1", "CHRX"];
        names.sort_by_key(|n| karyotype(n));
        assert_eq!(names, ["1", "chr2", "chr10", "chrX", "CHRX", "CHRM", "GL000192.1"]);
    }
}
