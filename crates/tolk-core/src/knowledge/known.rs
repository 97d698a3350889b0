//! What the lab's knowledge says about one row, as the grid, its exports
//! and `tolk view --knowledge` show it: ClinVar's current word (from the
//! ClinVar file the lab opened, beside what the VCF's annotation says),
//! the lab's own last class and how many other cases carried the variant,
//! and the gene's LOEUF.

use crate::acmg::Class;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Known {
    /// ClinVar's significance in the opened release, as ClinVar words it.
    pub clinvar: Option<String>,
    /// Its review stars, 0 to 4.
    pub clinvar_stars: Option<u8>,
    /// The class this lab gave last, in another case.
    pub lab_class: Option<Class>,
    /// Other cases in the lab's database carrying it (`None` without a
    /// database; 0 when none did).
    pub lab_cases: Option<u32>,
    /// gnomAD's LOEUF of the row's gene.
    pub loeuf: Option<f32>,
}

impl Known {
    pub fn is_empty(&self) -> bool {
        *self == Known::default()
    }
}
