//! Copy-number variants scored by the ACMG/ClinGen points scheme (Riggs et
//! al. 2020, Genet Med 22:245–257): the two tables ([`scheme`]), the
//! analyst's scoring of one CNV and its class ([`work`], [`class`]), and
//! what Tolk can suggest from the file and the lab's dosage list
//! ([`suggest()`]). As with sequence variants, suggestions are only offered:
//! applying one is the clinician's decision.

pub mod class;
mod gather;
pub mod scheme;
pub mod suggest;
pub mod work;

pub use class::CnvClass;
pub use scheme::{Dosage, Item, Pvs1};
pub use suggest::{suggest, CnvFacts, CnvOrigin, CnvSuggestion};
pub use work::{CnvApplied, CnvWork};
