//! How many variants of the view have each worst consequence: the shape
//! of the view at a glance ("mostly intronic", "three stop-gains").

use crate::annotation::{Consequence, Impact, TranscriptPolicy};
use crate::store::VariantStore;
use crate::words;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConsequenceBar {
    /// The SO term, or `no annotation`.
    pub term: String,
    /// `None` for variants without annotation.
    pub impact: Option<Impact>,
    pub count: u32,
}

/// One bar per worst consequence present, most severe first.
pub fn consequences(store: &VariantStore, rows: &[u32], policy: TranscriptPolicy) -> Vec<ConsequenceBar> {
    let column = &store.consequence[policy.index()];
    let mut counts = [0u32; 256];
    for &r in rows {
        counts[column[r as usize] as usize] += 1;
    }
    counts
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .map(|(rank, &count)| match Consequence::from_rank(rank as u8) {
            Some(c) => ConsequenceBar { term: c.as_str().to_owned(), impact: Some(c.impact()), count },
            None => ConsequenceBar { term: "no annotation".to_owned(), impact: None, count },
        })
        .collect()
}

/// The chart in words.
pub fn describe(bars: &[ConsequenceBar]) -> String {
    let total: u32 = bars.iter().map(|b| b.count).sum();
    if total == 0 {
        return "No variants in view.".to_owned();
    }
    let mut by_count: Vec<&ConsequenceBar> = bars.iter().collect();
    by_count.sort_by_key(|b| std::cmp::Reverse(b.count));
    let top: Vec<String> = by_count.iter().take(3).map(|b| format!("{} {}", b.count, b.term)).collect();
    let high: u32 = bars.iter().filter(|b| b.impact == Some(Impact::High)).map(|b| b.count).sum();
    format!(
        "Worst consequence of {} in view: most common {}; {high} of HIGH impact.",
        words::count(total, "variant"),
        top.join(", ")
    )
}
