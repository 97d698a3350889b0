//! The 28 ACMG/AMP criteria (Richards et al. 2015, shared SPEC.md section
//! 5), their default strengths, and the ClinGen SVI notation for applying
//! one at another strength (`PM2_Supporting`, `PVS1_Strong`).

use crate::i18n::Lang;
use crate::phrase::Phrase;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Which way a criterion points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Pathogenic,
    Benign,
}

/// How much a criterion weighs. Ordered from weakest to strongest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    Supporting,
    Moderate,
    Strong,
    VeryStrong,
    /// Only BA1: benign on its own.
    StandAlone,
}

impl Strength {
    pub const ALL: [Strength; 5] =
        [Strength::Supporting, Strength::Moderate, Strength::Strong, Strength::VeryStrong, Strength::StandAlone];

    /// The suffix in ClinGen SVI notation (`PVS1_Strong`).
    pub fn suffix(self) -> &'static str {
        match self {
            Strength::Supporting => "Supporting",
            Strength::Moderate => "Moderate",
            Strength::Strong => "Strong",
            Strength::VeryStrong => "VeryStrong",
            Strength::StandAlone => "StandAlone",
        }
    }

    /// The word shown to people.
    pub fn label(self, lang: Lang) -> String {
        lang.t(self.key())
    }

    /// The strength as a phrase, worded when shown.
    pub fn phrase(self) -> Phrase {
        Phrase::new(self.key())
    }

    fn key(self) -> &'static str {
        match self {
            Strength::Supporting => msg!("strength-supporting"),
            Strength::Moderate => msg!("strength-moderate"),
            Strength::Strong => msg!("strength-strong"),
            Strength::VeryStrong => msg!("strength-very-strong"),
            Strength::StandAlone => msg!("strength-stand-alone"),
        }
    }

    /// Reads a suffix as people write it: `Strong`, `very_strong`,
    /// `VeryStrong`, `Very Strong`, `stand-alone`.
    pub fn parse(text: &str) -> Option<Strength> {
        let squeezed: String =
            text.chars().filter(|c| !matches!(c, '_' | '-' | ' ')).map(|c| c.to_ascii_lowercase()).collect();
        Strength::ALL.into_iter().find(|s| s.suffix().eq_ignore_ascii_case(&squeezed))
    }

    /// Points in the Tavtigian 2020 scale; BA1's stand-alone weight is
    /// that of very strong (it decides the class on its own anyway).
    pub fn points(self) -> i32 {
        match self {
            Strength::Supporting => 1,
            Strength::Moderate => 2,
            Strength::Strong => 4,
            Strength::VeryStrong | Strength::StandAlone => 8,
        }
    }

    /// The strongest strength worth at most `points`.
    fn at_most(points: i32) -> Option<Strength> {
        Strength::ALL[..4].iter().rev().copied().find(|s| s.points() <= points)
    }
}

/// One of the 28 criteria.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Code {
    Pvs1,
    Ps1,
    Ps2,
    Ps3,
    Ps4,
    Pm1,
    Pm2,
    Pm3,
    Pm4,
    Pm5,
    Pm6,
    Pp1,
    Pp2,
    Pp3,
    Pp4,
    Pp5,
    Ba1,
    Bs1,
    Bs2,
    Bs3,
    Bs4,
    Bp1,
    Bp2,
    Bp3,
    Bp4,
    Bp5,
    Bp6,
    Bp7,
}

/// What the guideline says about one criterion.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Criterion {
    pub code: Code,
    pub direction: Direction,
    pub default: Strength,
    /// PP5 and BP6 were retired by ClinGen SVI (Biesecker 2018): still
    /// selectable, flagged wherever they appear.
    pub retired: bool,
}

const fn c(code: Code, direction: Direction, default: Strength) -> Criterion {
    Criterion { code, direction, default, retired: false }
}

impl Criterion {
    /// Richards 2015's wording, shortened, in `lang`.
    pub fn title(&self, lang: Lang) -> String {
        lang.t(&format!("criterion-{}", self.code.as_str().to_ascii_lowercase()))
    }
}

use Direction::{Benign as B, Pathogenic as P};
use Strength::{Moderate, StandAlone, Strong, Supporting, VeryStrong};

/// Every criterion, in the guideline's order.
pub const CRITERIA: [Criterion; 28] = [
    c(Code::Pvs1, P, VeryStrong),
    c(Code::Ps1, P, Strong),
    c(Code::Ps2, P, Strong),
    c(Code::Ps3, P, Strong),
    c(Code::Ps4, P, Strong),
    c(Code::Pm1, P, Moderate),
    c(Code::Pm2, P, Moderate),
    c(Code::Pm3, P, Moderate),
    c(Code::Pm4, P, Moderate),
    c(Code::Pm5, P, Moderate),
    c(Code::Pm6, P, Moderate),
    c(Code::Pp1, P, Supporting),
    c(Code::Pp2, P, Supporting),
    c(Code::Pp3, P, Supporting),
    c(Code::Pp4, P, Supporting),
    Criterion { retired: true, ..c(Code::Pp5, P, Supporting) },
    c(Code::Ba1, B, StandAlone),
    c(Code::Bs1, B, Strong),
    c(Code::Bs2, B, Strong),
    c(Code::Bs3, B, Strong),
    c(Code::Bs4, B, Strong),
    c(Code::Bp1, B, Supporting),
    c(Code::Bp2, B, Supporting),
    c(Code::Bp3, B, Supporting),
    c(Code::Bp4, B, Supporting),
    c(Code::Bp5, B, Supporting),
    Criterion { retired: true, ..c(Code::Bp6, B, Supporting) },
    c(Code::Bp7, B, Supporting),
];

impl Code {
    /// `PVS1`, `BA1`, ...
    pub fn as_str(self) -> &'static str {
        const NAMES: [&str; 28] = [
            "PVS1", "PS1", "PS2", "PS3", "PS4", "PM1", "PM2", "PM3", "PM4", "PM5", "PM6", "PP1", "PP2", "PP3", "PP4",
            "PP5", "BA1", "BS1", "BS2", "BS3", "BS4", "BP1", "BP2", "BP3", "BP4", "BP5", "BP6", "BP7",
        ];
        NAMES[self as usize]
    }

    pub fn parse(text: &str) -> Option<Code> {
        CRITERIA.iter().map(|c| c.code).find(|c| c.as_str().eq_ignore_ascii_case(text))
    }

    pub fn criterion(self) -> &'static Criterion {
        &CRITERIA[self as usize]
    }

    /// The strength a criterion is applied at unless the case gives a
    /// reason for another: Richards 2015's, except PM2, which ClinGen SVI
    /// applies at supporting (SVI PM2 recommendation, 2020). The notation
    /// keeps 2015's default (`PM2` is moderate, so `PM2_Supporting`).
    pub fn expected_strength(self) -> Strength {
        match self {
            Code::Pm2 => Strength::Supporting,
            _ => self.criterion().default,
        }
    }

    pub fn direction(self) -> Direction {
        self.criterion().direction
    }

    /// The strengths this criterion may be applied at: supporting to very
    /// strong for any criterion (ClinGen SVI), and stand-alone for BA1 only.
    pub fn allows(self, strength: Strength) -> bool {
        strength != Strength::StandAlone || self == Code::Ba1
    }

    /// The strengths [`Code::allows`], weakest first.
    pub fn allowed(self) -> impl Iterator<Item = Strength> {
        Strength::ALL.into_iter().filter(move |s| self.allows(*s))
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A criterion applied at a strength.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Applied {
    pub code: Code,
    pub strength: Strength,
}

/// Why a code like `PM2_Supporting` could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    UnknownCriterion(String),
    UnknownStrength { code: String, strength: String },
    NotAllowed { code: Code, strength: Strength },
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::UnknownCriterion(text) => {
                write!(
                    f,
                    "\"{text}\" is not an ACMG/AMP criterion (PVS1, PS1-PS4, PM1-PM6, PP1-PP5, BA1, BS1-BS4, BP1-BP7)"
                )
            }
            CodeError::UnknownStrength { code, strength } => write!(
                f,
                "\"{strength}\" in \"{code}\" is not a strength (Supporting, Moderate, Strong, VeryStrong, StandAlone)"
            ),
            CodeError::NotAllowed { code, strength } => {
                write!(f, "{code} cannot be applied at {} strength: only BA1 stands alone", strength.label(Lang::En))
            }
        }
    }
}

impl std::error::Error for CodeError {}

impl Applied {
    /// A criterion at its default strength.
    pub fn default_of(code: Code) -> Applied {
        Applied { code, strength: code.criterion().default }
    }

    /// Reads `PVS1`, `PM2_Supporting`, `pp3_moderate`, `PS2_Very_Strong`.
    pub fn parse(text: &str) -> Result<Applied, CodeError> {
        let text = text.trim();
        let (code_text, strength_text) = match text.split_once('_') {
            Some((c, s)) => (c, Some(s)),
            None => (text, None),
        };
        let code = Code::parse(code_text).ok_or_else(|| CodeError::UnknownCriterion(text.to_owned()))?;
        let strength = match strength_text {
            None => code.criterion().default,
            Some(s) => Strength::parse(s)
                .ok_or_else(|| CodeError::UnknownStrength { code: text.to_owned(), strength: s.to_owned() })?,
        };
        if !code.allows(strength) {
            return Err(CodeError::NotAllowed { code, strength });
        }
        Ok(Applied { code, strength })
    }

    /// Signed points: pathogenic criteria add, benign ones subtract.
    pub fn points(self) -> i32 {
        match self.code.direction() {
            Direction::Pathogenic => self.strength.points(),
            Direction::Benign => -self.strength.points(),
        }
    }

    /// With `points` at most (for caps such as PM1 + PP3); `None` when
    /// nothing is left.
    pub(crate) fn capped(self, points: i32) -> Option<Applied> {
        Strength::at_most(points.min(self.strength.points()))
            .map(|strength| Applied { strength: strength.min(self.strength), ..self })
    }
}

impl fmt::Display for Applied {
    /// The code alone at its default strength, else `CODE_Strength`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.strength == self.code.criterion().default {
            f.write_str(self.code.as_str())
        } else {
            write!(f, "{}_{}", self.code, self.strength.suffix())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_code_order_with_16_pathogenic_and_12_benign() {
        for (i, c) in CRITERIA.iter().enumerate() {
            assert_eq!(c.code as usize, i, "{}", c.code);
        }
        assert_eq!(CRITERIA.iter().filter(|c| c.direction == Direction::Pathogenic).count(), 16);
        assert_eq!(CRITERIA.iter().filter(|c| c.retired).map(|c| c.code).collect::<Vec<_>>(), [Code::Pp5, Code::Bp6]);
    }

    #[test]
    fn reads_svi_notation() {
        assert_eq!(Applied::parse("PVS1").unwrap(), Applied { code: Code::Pvs1, strength: VeryStrong });
        assert_eq!(Applied::parse("PM2_Supporting").unwrap().strength, Supporting);
        assert_eq!(Applied::parse("pp3_moderate").unwrap(), Applied { code: Code::Pp3, strength: Moderate });
        assert_eq!(Applied::parse("PS2_Very_Strong").unwrap().strength, VeryStrong);
        assert_eq!(Applied::parse("PS2_VeryStrong").unwrap().to_string(), "PS2_VeryStrong");
        assert_eq!(Applied::parse("BA1").unwrap().strength, StandAlone);
        assert_eq!(Applied::parse("PM2_Supporting").unwrap().to_string(), "PM2_Supporting");
        assert_eq!(Applied::parse("PM2_Moderate").unwrap().to_string(), "PM2");
    }

    #[test]
    fn refuses_unknown_codes_and_strengths_by_name() {
        assert!(matches!(Applied::parse("PM7"), Err(CodeError::UnknownCriterion(t)) if t == "PM7"));
        let e = Applied::parse("PP3_Huge").unwrap_err();
        assert!(e.to_string().contains("\"Huge\""), "{e}");
        assert!(matches!(Applied::parse("PVS1_StandAlone"), Err(CodeError::NotAllowed { .. })));
        assert!(Applied::parse("").is_err());
    }

    #[test]
    fn caps_to_the_strongest_strength_within_the_points() {
        let pp3 = Applied { code: Code::Pp3, strength: Strong };
        assert_eq!(pp3.capped(2).unwrap().strength, Moderate);
        assert_eq!(pp3.capped(3).unwrap().strength, Moderate);
        assert_eq!(pp3.capped(8).unwrap().strength, Strong);
        assert_eq!(pp3.capped(0), None);
    }
}
