//! A structural variant in the note: what it is (type, span, size, the
//! genes it overlaps, the copy numbers), and, where the analyst scored it
//! by the ACMG/ClinGen CNV points (Riggs et al. 2020), every item applied
//! with its points and comment, the total and the class.

use crate::cnv::{CnvClass, CnvWork, Dosage};
use crate::i18n::Lang;
use crate::sv::Structural;
use serde::{Deserialize, Serialize};

/// One sample's copy number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SampleCopies {
    pub sample: String,
    pub copies: u8,
}

/// The CNV points as the analyst scored them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NoteCnv {
    /// Which table: `loss` or `gain`.
    pub dosage: Dosage,
    /// In the order applied.
    pub items: Vec<NoteCnvItem>,
    /// The sum, each item held to its range and the paper's caps.
    pub total: f64,
    pub class: CnvClass,
    /// Points out of range, items the table does not have, exclusive items
    /// together, caps that cut a sum short: the note is a draft until the
    /// analyst has looked at each.
    pub problems: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NoteCnvItem {
    /// As the paper writes it (`2A`, `5A`).
    pub code: String,
    /// What the item says, in the note's language.
    pub label: String,
    pub points: f32,
    pub comment: String,
}

impl NoteCnv {
    pub fn new(work: &CnvWork, lang: Lang) -> NoteCnv {
        let items = work
            .applied
            .iter()
            .map(|a| NoteCnvItem {
                code: a.code.clone(),
                label: work.dosage.item(&a.code).map(|i| lang.t(i.key)).unwrap_or_default(),
                points: a.points,
                comment: a.comment.clone(),
            })
            .collect();
        NoteCnv {
            dosage: work.dosage,
            items,
            total: work.total(),
            class: work.class(),
            problems: work.problems().iter().map(|p| p.render(lang)).collect(),
        }
    }

    /// `2A 1.00, 3A 0.00, 5F 0.00`.
    pub fn items_line(&self) -> String {
        self.items.iter().map(|i| format!("{} {}", i.code, points(f64::from(i.points)))).collect::<Vec<_>>().join(", ")
    }
}

/// Points as the paper writes them: two decimals, with the sign.
pub fn points(p: f64) -> String {
    if p > 0.0 {
        format!("+{p:.2}")
    } else {
        format!("{p:.2}")
    }
}

/// `deletion, 1,776 bases, 13:21732262-21734037`: what a structural
/// variant is, in the note's language.
pub fn describe(lang: Lang, chrom: &str, sv: &Structural) -> String {
    let mut parts = vec![sv.kind.label(lang)];
    if let Some(len) = sv.len {
        parts.push(lang.t_with(msg!("note-sv-bases"), &[("count", crate::words::thousands(u64::from(len)).into())]));
    }
    let span =
        if sv.end > sv.start { format!("{chrom}:{}-{}", sv.start, sv.end) } else { format!("{chrom}:{}", sv.start) };
    parts.push(span);
    if let Some(mate) = &sv.mate {
        parts.push(lang.t_with(msg!("note-sv-mate"), &[("mate", mate.into())]));
    }
    if sv.imprecise {
        parts.push(lang.t(msg!("note-sv-imprecise")));
    }
    parts.join(", ")
}
