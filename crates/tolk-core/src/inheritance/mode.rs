//! The words of inheritance: the modes a view narrows to, how well a
//! variant fits one, which parent an allele came from, and who is who in
//! the family. Plain values, used by the store's rows, the view, the
//! suggestions and the note, with nothing to judge by (that is
//! [`super::Judge`]).

use crate::i18n::Lang;
use crate::phrase::Phrase;
use serde::{Deserialize, Serialize};

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
            ParentalOrigin::Paternal => "origin-paternal",
            ParentalOrigin::Maternal => "origin-maternal",
            ParentalOrigin::BothParents => "origin-both-parents",
            ParentalOrigin::DeNovo => "origin-de-novo",
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
            Role::Proband => "role-proband",
            Role::Father => "role-father",
            Role::Mother => "role-mother",
            Role::Sibling => "role-sibling",
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
