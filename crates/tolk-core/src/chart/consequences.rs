//! How many variants of the view have each worst consequence: the shape
//! of the view at a glance ("mostly intronic", "three stop-gains").

use crate::annotation::{Consequence, Impact, TranscriptPolicy};
use crate::i18n::Lang;
use crate::store::VariantStore;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConsequenceBar {
    /// The SO term; `None` for variants without annotation.
    pub term: Option<String>,
    /// `None` for variants without annotation.
    pub impact: Option<Impact>,
    pub count: u32,
}

/// One bar per worst consequence present, most severe first.
pub fn consequences(store: &VariantStore, rows: &[u32], policy: TranscriptPolicy) -> Vec<ConsequenceBar> {
    let column = &store.under(policy).consequence;
    let mut counts = [0u32; 256];
    for &r in rows {
        counts[column[r as usize] as usize] += 1;
    }
    counts
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .map(|(rank, &count)| match Consequence::from_rank(rank as u8) {
            Some(c) => ConsequenceBar { term: Some(c.as_str().to_owned()), impact: Some(c.impact()), count },
            None => ConsequenceBar { term: None, impact: None, count },
        })
        .collect()
}

impl ConsequenceBar {
    /// The bar's label: the SO term as written, or "no annotation".
    pub fn name(&self, lang: Lang) -> String {
        self.term.clone().unwrap_or_else(|| lang.t(msg!("chart-no-annotation")))
    }
}

/// The chart in words.
pub fn describe(bars: &[ConsequenceBar], lang: Lang) -> String {
    let total: u32 = bars.iter().map(|b| b.count).sum();
    if total == 0 {
        return lang.t(msg!("chart-none-in-view"));
    }
    let mut by_count: Vec<&ConsequenceBar> = bars.iter().collect();
    by_count.sort_by_key(|b| std::cmp::Reverse(b.count));
    let top: Vec<String> = by_count.iter().take(3).map(|b| format!("{} {}", b.count, b.name(lang))).collect();
    let high: u32 = bars.iter().filter(|b| b.impact == Some(Impact::High)).map(|b| b.count).sum();
    let args = [("total", total.into()), ("top", top.join(", ").into()), ("high", high.into())];
    lang.t_with(msg!("chart-consequences-words"), &args)
}
