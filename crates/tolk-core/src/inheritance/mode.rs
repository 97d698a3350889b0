//! The words of inheritance: the modes a view narrows to, how well a
//! variant fits one, which parent an allele came from, and who is who in
//! the family. Plain values, used by the store's rows, the view, the
//! suggestions and the note, with nothing to judge by (that is
//! [`super::Judge`]).

use serde::{Deserialize, Serialize};

crate::vocabulary! {
    /// The modes a proband's variants can be narrowed to; the id is the
    /// URL's, the CLI's and `data-testid="inheritance-mode"`'s.
    #[derive(Default)]
    pub enum Mode {
        /// No narrowing by inheritance.
        #[default]
        Any => ("any", "mode-any"),
        DeNovo => ("de_novo", "mode-de-novo"),
        /// Autosomal recessive, homozygous.
        ArHom => ("ar_hom", "mode-ar-hom"),
        /// Autosomal recessive, compound heterozygous.
        CompHet => ("comp_het", "mode-comp-het"),
        /// Autosomal dominant, inherited from an affected parent.
        Ad => ("ad", "mode-ad"),
        XLinked => ("x_linked", "mode-x-linked"),
    }
}

impl Mode {
    /// The modes that narrow, in the order the UI lists them.
    pub const NARROWING: [Mode; 5] = [Mode::DeNovo, Mode::ArHom, Mode::CompHet, Mode::Ad, Mode::XLinked];
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModeFit {
    pub mode: Mode,
    pub fit: Fit,
    /// For compound heterozygosity: the other variants of the pairs
    /// (`CHROM:POS:REF:ALT`), best fit first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
}

impl ModeFit {
    pub fn new(mode: Mode, fit: Fit) -> ModeFit {
        ModeFit { mode, fit, partners: Vec::new() }
    }
}

/// Which parent a proband's variant came from, as the trio's genotypes
/// show it (for the note: "maternally inherited", "de novo").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ParentalOrigin {
    Paternal,
    Maternal,
    /// Both parents carry it (a homozygous proband with two carrier
    /// parents, or a heterozygous one where either could have passed it on).
    BothParents,
    /// Neither parent carries it.
    DeNovo,
}

impl ParentalOrigin {
    /// The message key of its words.
    pub fn key(self) -> &'static str {
        match self {
            ParentalOrigin::Paternal => msg!("origin-paternal"),
            ParentalOrigin::Maternal => msg!("origin-maternal"),
            ParentalOrigin::BothParents => msg!("origin-both-parents"),
            ParentalOrigin::DeNovo => msg!("origin-de-novo"),
        }
    }
}

/// Who in the family a sample is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Proband,
    Father,
    Mother,
    Sibling,
}

impl Role {
    /// The message key of its name.
    pub fn key(self) -> &'static str {
        match self {
            Role::Proband => msg!("role-proband"),
            Role::Father => msg!("role-father"),
            Role::Mother => msg!("role-mother"),
            Role::Sibling => msg!("role-sibling"),
        }
    }

    /// The one-letter label of a grid column (`P`, `F`, `M`, `S`).
    pub fn letter(self) -> &'static str {
        match self {
            Role::Proband => "P",
            Role::Father => "F",
            Role::Mother => "M",
            Role::Sibling => "S",
        }
    }
}
