//! Inheritance modes for an affected proband (shared SPEC.md section 3),
//! judged from the family's genotypes of one ALT allele.
//!
//! Every judgement is a [`Fit`]: `Yes` when the genotypes prove the
//! pattern, `No` when they contradict it, and `Possible` when they are
//! consistent but something needed is missing or doubtful: a parent not in
//! the file, a no-call, an unknown affection status, or a call that fails
//! trio QC ([`CallQc`]: GQ and DP present and high enough, a heterozygous
//! allele balance in range, a hom-ref parent with next to no ALT reads).
//! Tolk says "possible" rather than guess. A hom-ref parent whose reads
//! show the ALT is flagged as possible parental mosaicism.
//!
//! An unaffected relative homozygous for the ALT rules the variant out of
//! recessive modes (AR homozygous and every compound-het pair), as genmod,
//! slivar and GEMINI do.
//!
//! Not judged: pseudo-autosomal regions (chrX variants in PAR1/PAR2 are
//! judged as X-linked), phase from read-backed phasing (`0|1` is treated as
//! `0/1`), uniparental disomy, and incomplete penetrance (an unaffected
//! relative who carries a dominant variant rules it out).

use crate::annotation::TranscriptPolicy;
use crate::family::{Affection, Family, Member, Sex};
use crate::store::{Call, PackedCall, VariantStore, NONE_U32};
use crate::vcf::genotype::Zygosity;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

pub mod mode;
mod qc;

pub use mode::{Fit, Mode, ModeFit, ParentalOrigin, Role};
pub use qc::{CallQc, QcFailure};

/// Two heterozygous variants of the proband in one gene that may lie on
/// different copies of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pair {
    pub first: u32,
    pub second: u32,
    pub gene: String,
    pub fit: Fit,
}

/// What one sample's call says about one ALT allele.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Carrier {
    /// Not in the file, or no call.
    Unknown,
    No,
    Het,
    /// Hom-alt, or hemizygous.
    Hom,
}

/// A call as inheritance reads it: who carries what, whether the call
/// passes trio QC, and whether, failing it, its reads still show the ALT
/// beyond doubt (a "het" at allele balance 0.97 carries it, whatever its
/// true zygosity).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seen {
    carrier: Carrier,
    confident: bool,
    carries_surely: bool,
}

impl Seen {
    const UNKNOWN: Seen = Seen { carrier: Carrier::Unknown, confident: false, carries_surely: false };

    fn of(call: Option<Call>, qc: &CallQc) -> Seen {
        let Some(call) = call else { return Seen::UNKNOWN };
        let carrier = match call.zygosity {
            Zygosity::Missing => Carrier::Unknown,
            Zygosity::HomRef => Carrier::No,
            Zygosity::Het => Carrier::Het,
            Zygosity::HomAlt | Zygosity::Hemizygous => Carrier::Hom,
        };
        let failure = qc.check(&call);
        let reads_show_alt = match failure {
            None => true,
            Some(QcFailure::SkewedBalance) => call.ab.is_some_and(|ab| ab > qc.het_ab.1),
            Some(QcFailure::HomAltBalance) => true,
            Some(_) => false,
        };
        let carries = matches!(carrier, Carrier::Het | Carrier::Hom);
        Seen { carrier, confident: failure.is_none(), carries_surely: carries && reads_show_alt }
    }

    fn carries(self) -> bool {
        matches!(self.carrier, Carrier::Het | Carrier::Hom)
    }

    /// A fit that needs this call's zygosity to be trusted: `Yes` becomes
    /// `Possible` when the call fails trio QC.
    fn trusted(self, fit: Fit) -> Fit {
        if self.confident {
            fit
        } else {
            fit.min(Fit::Possible)
        }
    }

    /// Whether the person carries the ALT: `Yes`, `No`, or `Possible` when
    /// the call cannot say (no call, or a call that fails trio QC and does
    /// not show the ALT beyond doubt).
    fn carrying(self) -> Fit {
        match self.carrier {
            Carrier::Unknown => Fit::Possible,
            Carrier::Het | Carrier::Hom if self.confident || self.carries_surely => Fit::Yes,
            Carrier::No if self.confident => Fit::No,
            _ => Fit::Possible,
        }
    }

    /// "This person does not carry it."
    fn lacks(self) -> Fit {
        match self.carrying() {
            Fit::Yes => Fit::No,
            Fit::No => Fit::Yes,
            Fit::Possible => Fit::Possible,
        }
    }

    /// "This person carries it."
    fn has(self) -> Fit {
        self.carrying()
    }
}

/// The trio's calls for one row, read once (siblings are read only where
/// a mode asks, through [`Judge::siblings`]).
struct Calls {
    proband: Seen,
    father: Option<(Seen, Affection)>,
    mother: Option<(Seen, Affection)>,
}

/// Judges the rows of one store for one family.
pub struct Judge<'a> {
    store: &'a VariantStore,
    family: &'a Family,
    qc: CallQc,
    /// Per interned chromosome: is it X?
    is_x: Vec<bool>,
}

/// What one row's calls say about one relative, for suggestions and the
/// note: who, their genotype, and whether it passes trio QC.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelativeCall {
    pub role: Role,
    /// Column index of the sample.
    pub sample: usize,
    pub affected: Affection,
    pub call: Call,
    /// What trio QC found wrong with the call, if anything.
    pub qc: Option<QcFailure>,
}

impl<'a> Judge<'a> {
    /// A judge with the default trio QC.
    pub fn new(store: &'a VariantStore, family: &'a Family) -> Judge<'a> {
        let is_x = store.chroms().names.iter().map(|c| crate::chrom::is_x(c)).collect();
        Judge { store, family, qc: CallQc::default(), is_x }
    }

    /// The same judge holding calls to `qc` instead.
    pub fn with_qc(self, qc: CallQc) -> Judge<'a> {
        Judge { qc, ..self }
    }

    /// The store it judges.
    pub fn store(&self) -> &'a VariantStore {
        self.store
    }

    fn call(&self, row: usize, sample: usize) -> Option<PackedCall> {
        self.store.packed_calls(row).get(sample).copied()
    }

    fn seen(&self, row: usize, sample: usize) -> Seen {
        Seen::of(self.call(row, sample).map(|_| self.store.call(row, sample)), &self.qc)
    }

    fn calls(&self, row: usize) -> Calls {
        let member = |m: Option<Member>| m.map(|m| (self.seen(row, m.sample), m.affected));
        Calls {
            proband: self.seen(row, self.family.proband),
            father: member(self.family.father),
            mother: member(self.family.mother),
        }
    }

    /// How row `row` fits every mode the view narrows to, those it fits
    /// at all: the compound-het fit from the pairs `pairable` finds (none
    /// without it), with its partners named (best first) when `named`.
    /// What the grid shows, and what the phenotype ranking checks a
    /// disease's inheritance against (which needs no names: making them
    /// for every row of a view more than doubled the ranking's time).
    pub fn fits(&self, pairable: Option<&Pairable>, row: u32, named: bool) -> Vec<ModeFit> {
        Mode::NARROWING
            .into_iter()
            .map(|mode| {
                if mode != Mode::CompHet {
                    return ModeFit::new(mode, self.fit(row as usize, mode));
                }
                let partners = pairable.map(|p| p.partners(self, row)).unwrap_or_default();
                let fit = partners.first().map_or(Fit::No, |&(_, fit)| fit);
                let partners = match named {
                    true => partners.iter().map(|&(other, _)| self.store.key(other as usize)).collect(),
                    false => Vec::new(),
                };
                ModeFit { mode, fit, partners }
            })
            .filter(|m| m.fit > Fit::No)
            .collect()
    }

    /// Every family member's call for row `row`, proband first, with its
    /// trio QC.
    pub fn relatives(&self, row: usize) -> Vec<RelativeCall> {
        let f = self.family;
        let members = std::iter::once((Role::Proband, Member { sample: f.proband, affected: Affection::Affected }))
            .chain(f.father.map(|m| (Role::Father, m)))
            .chain(f.mother.map(|m| (Role::Mother, m)))
            .chain(f.siblings.iter().map(|&m| (Role::Sibling, m)));
        members
            .filter_map(|(role, m)| {
                self.call(row, m.sample)?;
                let call = self.store.call(row, m.sample);
                let qc = self.qc.check(&call);
                Some(RelativeCall { role, sample: m.sample, affected: m.affected, call, qc })
            })
            .collect()
    }

    /// The siblings' calls for one row.
    fn siblings(&self, row: usize) -> impl Iterator<Item = (Seen, Affection)> + '_ {
        self.family.siblings.iter().map(move |m| (self.seen(row, m.sample), m.affected))
    }

    /// No unaffected sibling shows a genotype that `excluded` rules out.
    fn siblings_allow(&self, row: usize, excluded: impl Fn(Seen) -> bool) -> Fit {
        if self.siblings(row).any(|(s, a)| a == Affection::Unaffected && excluded(s)) {
            Fit::No
        } else {
            Fit::Yes
        }
    }

    /// Whether an unaffected relative (parent or sibling) is homozygous for
    /// the ALT: that rules out every recessive mode.
    fn unaffected_homozygote(&self, row: usize, c: &Calls) -> bool {
        let parent = |p: Option<(Seen, Affection)>| {
            p.is_some_and(|(s, a)| a == Affection::Unaffected && s.carrier == Carrier::Hom)
        };
        parent(c.father)
            || parent(c.mother)
            || self.siblings(row).any(|(s, a)| a == Affection::Unaffected && s.carrier == Carrier::Hom)
    }

    fn on_x(&self, row: usize) -> bool {
        let chrom = self.store.record_columns().chrom[self.store.record_of(row)];
        self.is_x.get(chrom as usize).copied().unwrap_or(false)
    }

    /// The fit of row `row` to `mode`. Compound heterozygosity needs the
    /// other variants of the gene: see [`Judge::pairs`]; here it only says
    /// whether the row can be half of a pair.
    pub fn fit(&self, row: usize, mode: Mode) -> Fit {
        let c = self.calls(row);
        let x = self.on_x(row);
        let sex = self.family.proband_sex;
        match mode {
            Mode::Any => Fit::Yes,
            Mode::DeNovo => de_novo(&c, x && sex == Sex::Male),
            Mode::ArHom if x && sex == Sex::Male => Fit::No,
            Mode::ArHom if self.unaffected_homozygote(row, &c) => Fit::No,
            Mode::ArHom => ar_hom(&c),
            Mode::CompHet if self.can_pair(row, &c) => Fit::Possible,
            Mode::CompHet => Fit::No,
            Mode::Ad if x => Fit::No,
            Mode::Ad => dominant(&c).min(self.siblings_allow(row, Seen::carries)),
            Mode::XLinked if !x => Fit::No,
            Mode::XLinked => match sex {
                Sex::Male => x_linked_male(&c),
                Sex::Female => x_linked_female(&c),
                Sex::Unknown => x_linked_male(&c).max(x_linked_female(&c)).min(Fit::Possible),
            },
        }
    }

    /// Whether the row can be half of a compound-het pair: the proband is
    /// het, off a male's X, and no unaffected relative is homozygous.
    fn can_pair(&self, row: usize, c: &Calls) -> bool {
        c.proband.carrier == Carrier::Het
            && !(self.on_x(row) && self.family.proband_sex == Sex::Male)
            && !self.unaffected_homozygote(row, c)
    }

    /// Which parent the proband's ALT came from, where the trio shows it
    /// with calls that pass QC.
    pub fn origin(&self, row: usize) -> Option<ParentalOrigin> {
        let c = self.calls(row);
        if !c.proband.carries() || !c.proband.confident {
            return None;
        }
        if c.proband.carrier == Carrier::Hom && !(self.on_x(row) && self.family.proband_sex == Sex::Male) {
            let both = |p: Option<(Seen, Affection)>| p.is_some_and(|(s, _)| s.has() == Fit::Yes);
            return (both(c.father) && both(c.mother)).then_some(ParentalOrigin::BothParents);
        }
        let male_x = self.on_x(row) && self.family.proband_sex == Sex::Male;
        match Origin::of(&c, male_x) {
            Origin::Father => Some(ParentalOrigin::Paternal),
            Origin::Mother => Some(ParentalOrigin::Maternal),
            Origin::Either => Some(ParentalOrigin::BothParents),
            Origin::Neither => Some(ParentalOrigin::DeNovo),
            Origin::Unknown => None,
        }
    }

    /// The rows of `rows` (a filtered view) that can be half of a
    /// compound-het pair, by gene: what pairs are made from. The gene is
    /// the one of the row's worst consequence under `policy`: a gene the
    /// variant is merely upstream or downstream of does not pair it.
    pub fn pairable(&self, rows: &[u32], policy: TranscriptPolicy) -> Pairable {
        let gene_of = &self.store.under(policy).gene;
        let mut by_gene: HashMap<u32, Vec<Half>> = HashMap::new();
        for &row in rows {
            let gene = gene_of[row as usize];
            if gene == NONE_U32 {
                continue;
            }
            let calls = self.calls(row as usize);
            if self.can_pair(row as usize, &calls) {
                let half = Half { row, origin: Origin::of(&calls, false), confident: calls.proband.confident };
                by_gene.entry(gene).or_default().push(half);
            }
        }
        let mut gene_of_row: Vec<(u32, u32)> =
            by_gene.iter().flat_map(|(&gene, halves)| halves.iter().map(move |h| (h.row, gene))).collect();
        gene_of_row.sort_unstable();
        Pairable { by_gene, gene_of_row }
    }

    /// Every pair of `rows` (a filtered view) in one gene that fits
    /// compound heterozygosity, with how well.
    pub fn pairs(&self, rows: &[u32], policy: TranscriptPolicy) -> Vec<Pair> {
        self.pairable(rows, policy).pairs(self)
    }

    /// How well two halves pair.
    fn pair_fit(&self, a: &Half, b: &Half) -> Fit {
        let fit = a.origin.pair(b.origin).min(self.siblings_allow_pair(a.row as usize, b.row as usize));
        if a.confident && b.confident {
            fit
        } else {
            fit.min(Fit::Possible)
        }
    }

    /// An unaffected full sibling with both variants rules the pair out.
    fn siblings_allow_pair(&self, a: usize, b: usize) -> Fit {
        let blocked = self
            .siblings(a)
            .zip(self.siblings(b))
            .any(|((sa, affected), (sb, _))| affected == Affection::Unaffected && sa.carries() && sb.carries());
        if blocked {
            Fit::No
        } else {
            Fit::Yes
        }
    }
}

/// One row that can be half of a pair.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Half {
    row: u32,
    origin: Origin,
    confident: bool,
}

/// A view's rows that can be half of a compound-het pair, by gene.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pairable {
    by_gene: HashMap<u32, Vec<Half>>,
    /// `(row, gene)`, sorted: a row's gene.
    gene_of_row: Vec<(u32, u32)>,
}

impl Pairable {
    /// Every pair that fits, sorted by row.
    pub fn pairs(&self, judge: &Judge<'_>) -> Vec<Pair> {
        let mut pairs = Vec::new();
        for (&gene, halves) in &self.by_gene {
            let name = judge.store.genes().name(gene).unwrap_or_default();
            for (i, a) in halves.iter().enumerate() {
                for b in &halves[i + 1..] {
                    let fit = judge.pair_fit(a, b);
                    if fit > Fit::No {
                        pairs.push(Pair { first: a.row, second: b.row, gene: name.to_owned(), fit });
                    }
                }
            }
        }
        pairs.sort_unstable_by_key(|p| (p.first, p.second));
        pairs
    }

    /// The rows `row` pairs with and how well, best first (then in file
    /// order): what the table shows beside a row in any mode.
    pub fn partners(&self, judge: &Judge<'_>, row: u32) -> Vec<(u32, Fit)> {
        let Ok(i) = self.gene_of_row.binary_search_by_key(&row, |&(r, _)| r) else { return Vec::new() };
        let halves = &self.by_gene[&self.gene_of_row[i].1];
        let Some(me) = halves.iter().find(|h| h.row == row) else { return Vec::new() };
        let mut partners: Vec<(u32, Fit)> = halves
            .iter()
            .filter(|h| h.row != row)
            .map(|h| (h.row, judge.pair_fit(me, h)))
            .filter(|&(_, fit)| fit > Fit::No)
            .collect();
        partners.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        partners
    }
}

/// Which parent a proband's het variant came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    Father,
    Mother,
    /// Both parents carry it: it could have come from either.
    Either,
    /// Neither parent carries it: de novo.
    Neither,
    /// A parent's genotype is missing or doubtful.
    Unknown,
}

impl Origin {
    /// From the parents' calls; on a male's X (`male_x`) only the mother
    /// can pass it on.
    fn of(c: &Calls, male_x: bool) -> Origin {
        let parent = |p: Option<(Seen, Affection)>| p.map_or(Fit::Possible, |(c, _)| c.has());
        let father = if male_x { Fit::No } else { parent(c.father) };
        match (father, parent(c.mother)) {
            (Fit::Yes, Fit::No) => Origin::Father,
            (Fit::No, Fit::Yes) => Origin::Mother,
            (Fit::Yes, Fit::Yes) => Origin::Either,
            (Fit::No, Fit::No) if lacks_surely(c.father, male_x) && lacks_surely(c.mother, false) => Origin::Neither,
            _ => Origin::Unknown,
        }
    }

    /// Proven in trans only when one came from each parent; both from one
    /// parent is not compound heterozygous (they are in cis).
    fn pair(self, other: Origin) -> Fit {
        use Origin::{Father, Mother};
        match (self, other) {
            (Father, Mother) | (Mother, Father) => Fit::Yes,
            (Father, Father) | (Mother, Mother) => Fit::No,
            _ => Fit::Possible,
        }
    }
}

/// A parent who surely does not carry it: a hom-ref call that passes QC
/// (a father of a male's X variant counts as lacking it).
fn lacks_surely(parent: Option<(Seen, Affection)>, male_x: bool) -> bool {
    male_x || parent.is_some_and(|(s, _)| s.lacks() == Fit::Yes)
}

fn parent_fit(parent: Option<(Seen, Affection)>, judge: impl Fn(Seen, Affection) -> Fit) -> Fit {
    parent.map_or(Fit::Possible, |(c, a)| judge(c, a))
}

/// Proband carries it, neither parent does. A hom-alt de novo needs two
/// new mutations (or a deletion, or UPD), so it is only "possible"; a
/// hemizygous male on chrX inherits X from his mother alone.
fn de_novo(c: &Calls, male_x: bool) -> Fit {
    let proband = match c.proband.carrier {
        Carrier::Het => c.proband.trusted(Fit::Yes),
        Carrier::Hom if male_x => c.proband.trusted(Fit::Yes),
        Carrier::Hom => Fit::Possible,
        _ => return Fit::No,
    };
    let father = if male_x { Fit::Yes } else { parent_fit(c.father, |p, _| p.lacks()) };
    proband.min(father).min(parent_fit(c.mother, |p, _| p.lacks()))
}

/// Proband hom-alt; each parent carries one copy (a hom-alt parent only if
/// affected). (An unaffected homozygous relative rules it out: [`Judge::fit`].)
fn ar_hom(c: &Calls) -> Fit {
    if c.proband.carrier != Carrier::Hom {
        return Fit::No;
    }
    // A parent's zygosity matters here (an unaffected hom-alt parent rules
    // it out), so a parent's call must pass QC to prove it.
    let parent = |p: Seen, a| match (p.carrier, a) {
        (Carrier::Hom, Affection::Unknown) => Fit::Possible,
        _ => p.trusted(p.has()),
    };
    c.proband.trusted(Fit::Yes).min(parent_fit(c.father, parent)).min(parent_fit(c.mother, parent))
}

/// Proband het; an affected parent carries it, an unaffected one does not.
/// At least one parent must be able to have passed it on (both unaffected
/// non-carriers make it de novo). (No unaffected sibling may carry it:
/// [`Judge::fit`].)
fn dominant(c: &Calls) -> Fit {
    let proband = match c.proband.carrier {
        Carrier::Het => c.proband.trusted(Fit::Yes),
        Carrier::Hom => Fit::Possible,
        _ => return Fit::No,
    };
    // A parent of unknown affection who lacks it contradicts nothing (the
    // other parent must then have passed it on); one who carries it might
    // be an unaffected carrier, so only "possible".
    let parent = |p: Seen, a| match a {
        Affection::Affected => p.has(),
        Affection::Unaffected => p.lacks(),
        Affection::Unknown if p.carries() => Fit::Possible,
        Affection::Unknown => Fit::Yes,
    };
    let transmitter = |p: Option<(Seen, Affection)>| match p {
        None => Fit::Possible,
        Some((p, Affection::Affected)) => p.has(),
        Some((p, Affection::Unknown)) => p.has().min(Fit::Possible),
        Some((_, Affection::Unaffected)) => Fit::No,
    };
    proband
        .min(parent_fit(c.father, parent))
        .min(parent_fit(c.mother, parent))
        .min(transmitter(c.father).max(transmitter(c.mother)))
}

/// Male proband hemizygous (or called hom-alt) on X; his mother carries it
/// (hom-alt only if affected); his father, if unaffected, does not.
fn x_linked_male(c: &Calls) -> Fit {
    let proband = match c.proband.carrier {
        Carrier::Hom => c.proband.trusted(Fit::Yes),
        // A het call on a male X is a pseudo-autosomal or artefactual call.
        Carrier::Het => Fit::Possible,
        _ => return Fit::No,
    };
    let mother = |p: Seen, a| match (p.carrier, a) {
        (Carrier::Hom, Affection::Unaffected) => Fit::No,
        _ => p.trusted(p.has()),
    };
    let father = |p: Seen, a| if a == Affection::Affected { Fit::Yes } else { p.lacks() };
    proband.min(parent_fit(c.mother, mother)).min(parent_fit(c.father, father))
}

/// Female proband: het and de novo, or inherited from an affected father
/// (X-linked dominant); hom-alt with an affected carrier father and a
/// carrier mother (X-linked recessive).
fn x_linked_female(c: &Calls) -> Fit {
    let affected_father = |p: Seen, a| match a {
        Affection::Affected => p.has(),
        Affection::Unknown => p.has().min(Fit::Possible),
        Affection::Unaffected => Fit::No,
    };
    match c.proband.carrier {
        Carrier::Het => c.proband.trusted(de_novo(c, false).max(parent_fit(c.father, affected_father))),
        Carrier::Hom => {
            c.proband.trusted(parent_fit(c.father, affected_father).min(parent_fit(c.mother, |p, _| p.has())))
        }
        _ => Fit::No,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vcf::genotype::Genotype;

    fn call(zygosity: Zygosity, gq: Option<u32>, dp: Option<u32>, ab: Option<f32>) -> Call {
        let genotype = match zygosity {
            Zygosity::HomRef => Genotype { alt_copies: 0, called: 2, phased: false, missing: false },
            Zygosity::Het => Genotype { alt_copies: 1, called: 2, phased: false, missing: false },
            _ => Genotype { alt_copies: 2, called: 2, phased: false, missing: false },
        };
        Call { zygosity, genotype, dp, gq, ab, copies: None, sv_reads: None }
    }

    #[test]
    fn trio_qc_checks_gq_dp_and_allele_balance() {
        let qc = CallQc::default();
        let good = |z, ab| qc.check(&call(z, Some(60), Some(30), ab));
        assert_eq!(good(Zygosity::Het, Some(0.45)), None);
        assert_eq!(good(Zygosity::HomRef, Some(0.0)), None);
        assert_eq!(good(Zygosity::HomRef, None), None, "no AD: nothing to hold against the call");
        assert_eq!(good(Zygosity::Het, Some(0.08)), Some(QcFailure::SkewedBalance));
        assert_eq!(good(Zygosity::HomRef, Some(6.0 / 31.0)), Some(QcFailure::AltReads), "AD 25,6");
        assert_eq!(good(Zygosity::HomAlt, Some(0.5)), Some(QcFailure::HomAltBalance));
        assert_eq!(qc.check(&call(Zygosity::HomRef, None, Some(30), None)), Some(QcFailure::NoGq));
        assert_eq!(qc.check(&call(Zygosity::HomRef, Some(10), Some(30), None)), Some(QcFailure::LowGq));
        assert_eq!(qc.check(&call(Zygosity::HomRef, Some(60), None, None)), Some(QcFailure::NoDp));
        assert_eq!(qc.check(&call(Zygosity::HomRef, Some(60), Some(3), None)), Some(QcFailure::LowDp));
        assert_eq!(qc.check(&call(Zygosity::Missing, None, None, None)), None);
    }
}
