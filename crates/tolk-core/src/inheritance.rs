//! Inheritance modes for an affected proband (shared SPEC.md section 3),
//! judged from the family's genotypes of one ALT allele.
//!
//! Every judgement is a [`Fit`]: `Yes` when the genotypes prove the
//! pattern, `No` when they contradict it, and `Possible` when they are
//! consistent but something needed is missing (a parent not in the file,
//! a no-call, a parent's hom-ref call below [`CONFIDENT_GQ`], an unknown
//! affection status). Tolk says "possible" rather than guess.
//!
//! Not judged: pseudo-autosomal regions (chrX variants in PAR1/PAR2 are
//! judged as X-linked), phase from read-backed phasing (`0|1` is treated as
//! `0/1`), uniparental disomy, and incomplete penetrance (an unaffected
//! relative who carries a dominant variant rules it out).

use crate::annotation::TranscriptPolicy;
use crate::family::{Affection, Family, Member, Sex};
use crate::i18n::Lang;
use crate::panel::same_chrom;
use crate::phrase::Phrase;
use crate::store::{PackedCall, VariantStore, NONE_U32};
use crate::vcf::genotype::{Genotype, Zygosity};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A parent's hom-ref call below this GQ only makes a pattern "possible"
/// (the usual clinical GQ threshold, shared SPEC.md section 3).
pub const CONFIDENT_GQ: u8 = 20;

/// The modes a proband's variants can be narrowed to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// No narrowing by inheritance.
    #[default]
    Any,
    DeNovo,
    /// Autosomal recessive, homozygous.
    ArHom,
    /// Autosomal recessive, compound heterozygous.
    CompHet,
    /// Autosomal dominant, inherited from an affected parent.
    Ad,
    XLinked,
}

impl Mode {
    /// The modes that narrow, in the order the UI lists them.
    pub const NARROWING: [Mode; 5] = [Mode::DeNovo, Mode::ArHom, Mode::CompHet, Mode::Ad, Mode::XLinked];

    /// The id used in URLs, the CLI and `data-testid="inheritance-mode"`.
    pub fn id(self) -> &'static str {
        match self {
            Mode::Any => "any",
            Mode::DeNovo => "de_novo",
            Mode::ArHom => "ar_hom",
            Mode::CompHet => "comp_het",
            Mode::Ad => "ad",
            Mode::XLinked => "x_linked",
        }
    }

    pub fn parse(id: &str) -> Option<Mode> {
        std::iter::once(Mode::Any).chain(Mode::NARROWING).find(|m| m.id() == id)
    }

    /// The name shown to people.
    pub fn label(self, lang: Lang) -> String {
        lang.t(self.key())
    }

    /// The name as a phrase, worded when shown.
    pub fn phrase(self) -> Phrase {
        Phrase::new(self.key())
    }

    fn key(self) -> &'static str {
        match self {
            Mode::Any => "mode-any",
            Mode::DeNovo => "mode-de-novo",
            Mode::ArHom => "mode-ar-hom",
            Mode::CompHet => "mode-comp-het",
            Mode::Ad => "mode-ad",
            Mode::XLinked => "mode-x-linked",
        }
    }
}

/// How well a variant's genotypes fit a mode. Ordered, so that "all of
/// these must hold" is a `min` and "any of these" a `max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fit {
    No,
    Possible,
    Yes,
}

/// One row's fit to one mode, as the table shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModeFit {
    pub mode: Mode,
    pub fit: Fit,
}

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
    /// Hom-ref, with GQ below [`CONFIDENT_GQ`].
    DoubtfulNo,
    No,
    Het,
    /// Hom-alt, or hemizygous.
    Hom,
}

impl Carrier {
    fn of(call: Option<PackedCall>) -> Carrier {
        let Some(call) = call else { return Carrier::Unknown };
        match Genotype::unpack(call.genotype).zygosity() {
            Zygosity::Missing => Carrier::Unknown,
            Zygosity::HomRef if call.gq != crate::store::NONE_U8 && call.gq < CONFIDENT_GQ => Carrier::DoubtfulNo,
            Zygosity::HomRef => Carrier::No,
            Zygosity::Het => Carrier::Het,
            Zygosity::HomAlt | Zygosity::Hemizygous => Carrier::Hom,
        }
    }

    fn carries(self) -> bool {
        matches!(self, Carrier::Het | Carrier::Hom)
    }

    /// "This person does not carry it."
    fn lacks(self) -> Fit {
        match self {
            Carrier::No => Fit::Yes,
            Carrier::Unknown | Carrier::DoubtfulNo => Fit::Possible,
            Carrier::Het | Carrier::Hom => Fit::No,
        }
    }

    /// "This person carries it."
    fn has(self) -> Fit {
        match self {
            Carrier::Het | Carrier::Hom => Fit::Yes,
            Carrier::Unknown | Carrier::DoubtfulNo => Fit::Possible,
            Carrier::No => Fit::No,
        }
    }
}

/// The trio's calls for one row, read once (siblings are read only where
/// a mode asks, through [`Judge::siblings`]).
struct Calls {
    proband: Carrier,
    father: Option<(Carrier, Affection)>,
    mother: Option<(Carrier, Affection)>,
}

/// Judges the rows of one store for one family.
pub struct Judge<'a> {
    store: &'a VariantStore,
    family: &'a Family,
    /// Per interned chromosome: is it X?
    is_x: Vec<bool>,
}

impl<'a> Judge<'a> {
    pub fn new(store: &'a VariantStore, family: &'a Family) -> Judge<'a> {
        let is_x = store.chroms.names.iter().map(|c| same_chrom(c, "X")).collect();
        Judge { store, family, is_x }
    }

    fn call(&self, row: usize, sample: usize) -> Option<PackedCall> {
        (sample < self.store.samples).then(|| self.store.calls[row * self.store.samples + sample])
    }

    fn calls(&self, row: usize) -> Calls {
        let member = |m: Option<Member>| m.map(|m| (Carrier::of(self.call(row, m.sample)), m.affected));
        Calls {
            proband: Carrier::of(self.call(row, self.family.proband)),
            father: member(self.family.father),
            mother: member(self.family.mother),
        }
    }

    /// The siblings' calls for one row.
    fn siblings(&self, row: usize) -> impl Iterator<Item = (Carrier, Affection)> + '_ {
        self.family.siblings.iter().map(move |m| (Carrier::of(self.call(row, m.sample)), m.affected))
    }

    /// No unaffected sibling shows a genotype that `excluded` rules out.
    fn siblings_allow(&self, row: usize, excluded: impl Fn(Carrier) -> bool) -> Fit {
        if self.siblings(row).any(|(s, a)| a == Affection::Unaffected && excluded(s)) {
            Fit::No
        } else {
            Fit::Yes
        }
    }

    fn on_x(&self, row: usize) -> bool {
        let rec = self.store.record[row] as usize;
        self.is_x.get(self.store.rec_chrom[rec] as usize).copied().unwrap_or(false)
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
            Mode::ArHom => ar_hom(&c).min(self.siblings_allow(row, |s| s == Carrier::Hom)),
            Mode::CompHet if self.can_pair(row, &c) => Fit::Possible,
            Mode::CompHet => Fit::No,
            Mode::Ad if x => Fit::No,
            Mode::Ad => dominant(&c).min(self.siblings_allow(row, Carrier::carries)),
            Mode::XLinked if !x => Fit::No,
            Mode::XLinked => match sex {
                Sex::Male => x_linked_male(&c),
                Sex::Female => x_linked_female(&c),
                Sex::Unknown => x_linked_male(&c).max(x_linked_female(&c)).min(Fit::Possible),
            },
        }
    }

    /// Whether the row can be half of a compound-het pair: the proband is
    /// het, off a male's X.
    fn can_pair(&self, row: usize, c: &Calls) -> bool {
        c.proband == Carrier::Het && !(self.on_x(row) && self.family.proband_sex == Sex::Male)
    }

    /// Every pair of `rows` (a filtered view) in one gene that fits
    /// compound heterozygosity, with how well. The gene is the one of the
    /// row's worst consequence under `policy`: a gene the variant is merely
    /// upstream or downstream of does not pair it.
    pub fn pairs(&self, rows: &[u32], policy: TranscriptPolicy) -> Vec<Pair> {
        let gene_of = &self.store.gene[policy.index()];
        let mut by_gene: HashMap<u32, Vec<(u32, Origin)>> = HashMap::new();
        for &row in rows {
            let gene = gene_of[row as usize];
            if gene == NONE_U32 {
                continue;
            }
            let calls = self.calls(row as usize);
            if self.can_pair(row as usize, &calls) {
                by_gene.entry(gene).or_default().push((row, Origin::of(&calls)));
            }
        }
        let mut pairs = Vec::new();
        for (gene, members) in by_gene {
            let name = self.store.genes.name(gene).unwrap_or_default();
            for (i, &(a, origin_a)) in members.iter().enumerate() {
                for &(b, origin_b) in &members[i + 1..] {
                    let fit = origin_a.pair(origin_b).min(self.siblings_allow_pair(a as usize, b as usize));
                    if fit > Fit::No {
                        pairs.push(Pair { first: a, second: b, gene: name.to_owned(), fit });
                    }
                }
            }
        }
        pairs.sort_unstable_by_key(|p| (p.first, p.second));
        pairs
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
    fn of(c: &Calls) -> Origin {
        let parent = |p: Option<(Carrier, Affection)>| p.map_or(Fit::Possible, |(c, _)| c.has());
        match (parent(c.father), parent(c.mother)) {
            (Fit::Yes, Fit::No) => Origin::Father,
            (Fit::No, Fit::Yes) => Origin::Mother,
            (Fit::Yes, Fit::Yes) => Origin::Either,
            (Fit::No, Fit::No) => Origin::Neither,
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

fn parent_fit(parent: Option<(Carrier, Affection)>, judge: impl Fn(Carrier, Affection) -> Fit) -> Fit {
    parent.map_or(Fit::Possible, |(c, a)| judge(c, a))
}

/// Proband carries it, neither parent does. A hom-alt de novo needs two
/// new mutations (or a deletion, or UPD), so it is only "possible"; a
/// hemizygous male on chrX inherits X from his mother alone.
fn de_novo(c: &Calls, male_x: bool) -> Fit {
    let proband = match c.proband {
        Carrier::Het => Fit::Yes,
        Carrier::Hom if male_x => Fit::Yes,
        Carrier::Hom => Fit::Possible,
        _ => return Fit::No,
    };
    let father = if male_x { Fit::Yes } else { parent_fit(c.father, |p, _| p.lacks()) };
    proband.min(father).min(parent_fit(c.mother, |p, _| p.lacks()))
}

/// Proband hom-alt; each parent carries one copy (a hom-alt parent only if
/// affected). (No unaffected sibling may be hom-alt: [`Judge::fit`].)
fn ar_hom(c: &Calls) -> Fit {
    if c.proband != Carrier::Hom {
        return Fit::No;
    }
    let parent = |p, a| match (p, a) {
        (Carrier::Hom, Affection::Unaffected) => Fit::No,
        (Carrier::Hom, Affection::Unknown) => Fit::Possible,
        (p, _) => Carrier::has(p),
    };
    parent_fit(c.father, parent).min(parent_fit(c.mother, parent))
}

/// Proband het; an affected parent carries it, an unaffected one does not.
/// At least one parent must be able to have passed it on (both unaffected
/// non-carriers make it de novo). (No unaffected sibling may carry it:
/// [`Judge::fit`].)
fn dominant(c: &Calls) -> Fit {
    let proband = match c.proband {
        Carrier::Het => Fit::Yes,
        Carrier::Hom => Fit::Possible,
        _ => return Fit::No,
    };
    // A parent of unknown affection who lacks it contradicts nothing (the
    // other parent must then have passed it on); one who carries it might
    // be an unaffected carrier, so only "possible".
    let parent = |p: Carrier, a| match a {
        Affection::Affected => p.has(),
        Affection::Unaffected => p.lacks(),
        Affection::Unknown if p.carries() => Fit::Possible,
        Affection::Unknown => Fit::Yes,
    };
    let transmitter = |p: Option<(Carrier, Affection)>| match p {
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
    let proband = match c.proband {
        Carrier::Hom => Fit::Yes,
        // A het call on a male X is a pseudo-autosomal or artefactual call.
        Carrier::Het => Fit::Possible,
        _ => return Fit::No,
    };
    let mother = |p, a| match (p, a) {
        (Carrier::Hom, Affection::Unaffected) => Fit::No,
        (p, _) => Carrier::has(p),
    };
    let father = |p: Carrier, a| if a == Affection::Affected { Fit::Yes } else { p.lacks() };
    proband.min(parent_fit(c.mother, mother)).min(parent_fit(c.father, father))
}

/// Female proband: het and de novo, or inherited from an affected father
/// (X-linked dominant); hom-alt with an affected carrier father and a
/// carrier mother (X-linked recessive).
fn x_linked_female(c: &Calls) -> Fit {
    let affected_father = |p: Carrier, a| match a {
        Affection::Affected => p.has(),
        Affection::Unknown => p.has().min(Fit::Possible),
        Affection::Unaffected => Fit::No,
    };
    match c.proband {
        Carrier::Het => de_novo(c, false).max(parent_fit(c.father, affected_father)),
        Carrier::Hom => parent_fit(c.father, affected_father).min(parent_fit(c.mother, |p, _| p.has())),
        _ => Fit::No,
    }
}
