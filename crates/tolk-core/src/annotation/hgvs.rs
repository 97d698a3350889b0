//! Positions read out of an HGVS c. (or n.) description, as far as
//! classification needs them: which bases a change touches, intronic
//! offsets included, so PVS1 can tell a change of the canonical splice
//! dinucleotide (GT at +1/+2, AG at -2/-1) from one beside it.
//!
//! VEP calls `c.1586-3_1586-2dupCA` a `splice_acceptor_variant` because its
//! span reaches position -2, yet the duplication leaves the AG intact (the
//! base before -1 is still a copy of -2's). Abou Tayoun et al. 2018 give
//! PVS1 to "GT-AG (±1,2)" changes only, so the consequence term alone is
//! not enough: the description decides.

use std::cmp::Ordering;

/// One position of a c. description: `123`, `-14` (5' UTR), `*37` (3' UTR),
/// each with an optional intronic offset (`123+1`, `124-2`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// 0: 5' UTR, 1: coding (or an n. transcript), 2: 3' UTR. Positions
    /// order by region, then base, then offset: transcript order.
    region: u8,
    base: i64,
    offset: i64,
}

/// What a change does (HGVS's edit types).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Substitution,
    Deletion,
    Insertion,
    Duplication,
    DeletionInsertion,
    Inversion,
    /// `=`: no change.
    Unchanged,
}

/// A change on a transcript: the bases from `start` to `end` (one base
/// for a substitution; the two flanking bases for an insertion).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub start: Position,
    pub end: Position,
    pub edit: Edit,
}

impl Change {
    /// Reads `ENST00000357654.9:c.1586-3_1586-2dupCA`, `c.123+1G>A`,
    /// `n.45_46insT`; `None` for anything else (`p.`, `g.`, uncertain `?`
    /// positions, alleles in brackets).
    pub fn parse(hgvs: &str) -> Option<Change> {
        let description = description(hgvs);
        let rest = description.strip_prefix("c.").or_else(|| description.strip_prefix("n."))?;
        let (start, rest) = position(rest)?;
        let (end, rest) = match rest.strip_prefix('_') {
            Some(after) => position(after)?,
            None => (start, rest),
        };
        let edit = if rest.contains('>') {
            Edit::Substitution
        } else if rest.starts_with("delins") {
            Edit::DeletionInsertion
        } else if rest.starts_with("del") {
            Edit::Deletion
        } else if rest.starts_with("dup") {
            Edit::Duplication
        } else if rest.starts_with("ins") {
            Edit::Insertion
        } else if rest.starts_with("inv") {
            Edit::Inversion
        } else if rest.starts_with('=') {
            Edit::Unchanged
        } else {
            return None;
        };
        (start <= end).then_some(Change { start, end, edit })
    }

    /// Whether the change alters a canonical splice dinucleotide (±1 or ±2
    /// of an intron): `Some(true)` or `Some(false)`, `None` where it depends
    /// on bases the description does not give (a duplication ending at +1
    /// that begins in the exon).
    pub fn alters_canonical_splice_site(&self) -> Option<bool> {
        match self.edit {
            Edit::Unchanged => Some(false),
            Edit::Insertion => {
                // Between two adjacent bases: inside GT or AG only.
                let inside = |a: Position, b: Position| {
                    a.region == b.region
                        && a.base == b.base
                        && ((a.offset, b.offset) == (1, 2) || (a.offset, b.offset) == (-2, -1))
                };
                Some(inside(self.start, self.end))
            }
            Edit::Duplication => {
                // The copy goes in after `end`, so the bases up to `end` keep
                // their places and the base before `end + 1` is a copy of
                // `end`'s own: only a copy landing inside the dinucleotide
                // can change it.
                let (s, e) = (self.start, self.end);
                match e.offset {
                    // Between +1 and +2: +2 becomes the copy's first base.
                    1 if s == e => Some(true),
                    1 => None,
                    // Between -1 and the exon: the last two intronic bases
                    // are the copy's last two; a copy of -1 alone makes it GG.
                    -1 => Some(s == e),
                    _ => Some(false),
                }
            }
            Edit::Substitution | Edit::Deletion | Edit::DeletionInsertion | Edit::Inversion => {
                // The dinucleotide of each intron an end lies in: a range
                // covering any of its bases changes it.
                let sites = [self.start, self.end].into_iter().flat_map(|p| {
                    let offsets = match p.offset.cmp(&0) {
                        Ordering::Greater => [1, 2],
                        Ordering::Less => [-1, -2],
                        Ordering::Equal => return None,
                    };
                    Some(offsets.map(|offset| Position { offset, ..p }))
                });
                Some(sites.flatten().any(|site| (self.start..=self.end).contains(&site)))
            }
        }
    }
}

/// The description without its reference sequence:
/// `ENST00000373302.8:c.1099C>T` gives `c.1099C>T`.
pub fn description(hgvs: &str) -> &str {
    hgvs.rsplit_once(':').map_or(hgvs, |(_, d)| d)
}

/// A protein change as a consequence predicted from DNA, which HGVS writes
/// in parentheses (`p.(Arg367Ter)`; HGVS nomenclature, "Protein"): VEP and
/// SnpEff write `p.Arg367Ter`. Without its reference sequence. Already
/// parenthesised, unknown (`p.?`) and no-protein (`p.0`) descriptions stay
/// as they are.
pub fn predicted_protein(hgvsp: &str) -> String {
    let d = description(hgvsp);
    match d.strip_prefix("p.") {
        Some(change) if !change.is_empty() && !change.starts_with('(') && change != "?" && !change.starts_with('0') => {
            format!("p.({change})")
        }
        _ => d.to_owned(),
    }
}

/// One position at the start of `text`, and the rest.
fn position(text: &str) -> Option<(Position, &str)> {
    let (region, text) = match text.as_bytes().first()? {
        b'-' => (0, &text[1..]),
        b'*' => (2, &text[1..]),
        _ => (1, text),
    };
    let (base, text) = number(text)?;
    let base = if region == 0 { -base } else { base };
    let (offset, text) = match text.as_bytes().first() {
        Some(b'+') => number(&text[1..])?,
        Some(b'-') => {
            let (n, rest) = number(&text[1..])?;
            (-n, rest)
        }
        _ => (0, text),
    };
    Some((Position { region, base, offset }, text))
}

fn number(text: &str) -> Option<(i64, &str)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    Some((text[..digits].parse().ok()?, &text[digits..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predicted_protein_changes_are_parenthesised() {
        assert_eq!(predicted_protein("ENSP00000362399.3:p.Arg367Ter"), "p.(Arg367Ter)");
        assert_eq!(predicted_protein("p.Lys340="), "p.(Lys340=)");
        assert_eq!(predicted_protein("NP_1.1:p.(Gly12Asp)"), "p.(Gly12Asp)");
        assert_eq!(predicted_protein("p.?"), "p.?");
        assert_eq!(predicted_protein("p.0"), "p.0");
        assert_eq!(description("ENST00000373302.8:c.1099C>T"), "c.1099C>T");
        assert_eq!(description("c.1099C>T"), "c.1099C>T");
    }

    fn alters(hgvs: &str) -> Option<bool> {
        Change::parse(hgvs).and_then(|c| c.alters_canonical_splice_site())
    }

    #[test]
    fn substitutions_at_and_beside_the_dinucleotide() {
        for hit in ["c.123+1G>A", "c.123+2T>C", "c.124-1G>A", "c.124-2A>G", "c.-15+1G>A", "c.*10-2A>G", "n.45+1G>T"] {
            assert_eq!(alters(hit), Some(true), "{hit}");
        }
        for miss in ["c.123+3A>G", "c.123+5G>A", "c.124-3C>T", "c.123G>A", "c.124-12T>A"] {
            assert_eq!(alters(miss), Some(false), "{miss}");
        }
    }

    #[test]
    fn deletions_and_delins_over_a_range() {
        assert_eq!(alters("ENST1.2:c.120_123+2del"), Some(true), "ends on +2");
        assert_eq!(alters("c.123_123+5del"), Some(true), "spans +1 and +2");
        assert_eq!(alters("c.124-5_124del"), Some(true), "spans -2 and -1");
        assert_eq!(alters("c.123+3_123+10del"), Some(false));
        assert_eq!(alters("c.124-20_124-3del"), Some(false));
        assert_eq!(alters("c.123+1_124-1del"), Some(true), "the whole intron");
        assert_eq!(alters("c.123+2delinsAA"), Some(true));
        assert_eq!(alters("c.100_102del"), Some(false), "exonic");
    }

    #[test]
    fn duplications_and_insertions() {
        // The case: a dup of -3_-2 leaves AG in place.
        assert_eq!(alters("NM_000059.4:c.1586-3_1586-2dupCA"), Some(false));
        assert_eq!(alters("c.1586-2dup"), Some(false));
        assert_eq!(alters("c.1586-1dup"), Some(true), "AG becomes GG");
        assert_eq!(alters("c.1586-2_1586-1dup"), Some(false), "the copy ends AG");
        assert_eq!(alters("c.123+1dup"), Some(true), "GT becomes GG");
        assert_eq!(alters("c.123_123+1dup"), None, "+2 becomes the exon's last base");
        assert_eq!(alters("c.123+1_123+2dup"), Some(false), "GT then GT");
        assert_eq!(alters("c.123+1_123+2insA"), Some(true));
        assert_eq!(alters("c.124-2_124-1insT"), Some(true));
        assert_eq!(alters("c.123+2_123+3insA"), Some(false));
    }

    #[test]
    fn what_is_not_a_transcript_change_does_not_read() {
        for other in
            ["p.Arg12Ter", "g.12345A>G", "c.?", "c.(123+1_124-1)_(200+1_201-1)del", "", "c.123+1", "c.12_10del"]
        {
            assert_eq!(Change::parse(other), None, "{other}");
        }
        assert_eq!(alters("c.123="), Some(false));
    }
}
