//! Population frequency against a pathogenicity score for the view: the
//! rare and damaging corner is where candidates sit. REVEL is used where
//! the view's variants carry it (calibrated for missense, Pejaver 2022),
//! else CADD. Frequencies are drawn on a log scale; a variant without one
//! is shown apart as "absent", never as zero.

use super::{MarkRef, MAX_MARKS};
use crate::i18n::Lang;
use crate::store::VariantStore;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Score {
    Revel,
    Cadd,
    /// The view's variants carry neither.
    #[default]
    None,
}

impl Score {
    /// The score's name, as its axis shows it; `None` when there is no score.
    pub fn label(self) -> Option<&'static str> {
        match self {
            Score::Revel => Some("REVEL"),
            Score::Cadd => Some("CADD (PHRED)"),
            Score::None => None,
        }
    }
}

/// The lowest frequency drawn (log10); rarer ones sit on this line.
pub const LOG_AF_FLOOR: f32 = -6.0;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AfScore {
    pub score: Score,
    /// The largest score in view (the y axis' top).
    pub score_max: f32,
    /// One per variant with a score, when at most [`MAX_MARKS`] have one.
    pub points: Vec<ScatterPoint>,
    /// Otherwise counts on a grid: `grid[y][x]`, x over
    /// `LOG_AF_FLOOR..=0` plus a first column for "absent", y over
    /// `0..=score_max`.
    pub grid: Vec<Vec<u32>>,
    /// Variants in view without the score (not drawn).
    pub unscored: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScatterPoint {
    /// `None`: absent from the file's frequency sources.
    pub af: Option<f32>,
    pub score: f32,
    pub variant: MarkRef,
}

const GRID_X: usize = 25;
const GRID_Y: usize = 20;

pub fn af_score(store: &VariantStore, rows: &[u32]) -> AfScore {
    let scores = store.scores();
    let has = |column: &[f32]| rows.iter().any(|&r| !column[r as usize].is_nan());
    let (score, column) = if has(&scores.revel) {
        (Score::Revel, &scores.revel)
    } else if has(&scores.cadd) {
        (Score::Cadd, &scores.cadd)
    } else {
        return AfScore { unscored: rows.len() as u32, ..AfScore::default() };
    };
    let scored: Vec<u32> = rows.iter().copied().filter(|&r| !column[r as usize].is_nan()).collect();
    let score_max =
        scored.iter().map(|&r| column[r as usize]).fold(if score == Score::Revel { 1.0 } else { 0.0 }, f32::max);
    let af = |r: u32| Some(scores.af[r as usize]).filter(|a| !a.is_nan());
    let mut out = AfScore { score, score_max, unscored: (rows.len() - scored.len()) as u32, ..AfScore::default() };
    if scored.len() <= MAX_MARKS {
        out.points = scored
            .iter()
            .map(|&r| ScatterPoint { af: af(r), score: column[r as usize], variant: MarkRef::new(store, r) })
            .collect();
    } else {
        out.grid = vec![vec![0; GRID_X + 1]; GRID_Y];
        for &r in &scored {
            let x = af(r).map_or(0, |a| {
                let log = a.max(f32::MIN_POSITIVE).log10().clamp(LOG_AF_FLOOR, 0.0);
                1 + (((log - LOG_AF_FLOOR) / -LOG_AF_FLOOR) * (GRID_X as f32 - 1.0)).round() as usize
            });
            let y = ((column[r as usize] / score_max.max(f32::MIN_POSITIVE)) * (GRID_Y as f32 - 1.0)).round() as usize;
            out.grid[y.min(GRID_Y - 1)][x] += 1;
        }
    }
    out
}

/// The chart in words.
pub fn describe(s: &AfScore, lang: Lang) -> String {
    let Some(score) = s.score.label() else {
        return lang.t(msg!("chart-scatter-no-score"));
    };
    let drawn = if s.points.is_empty() { s.grid.iter().flatten().sum::<u32>() } else { s.points.len() as u32 };
    let rare_high = s
        .points
        .iter()
        .filter(|p| p.af.is_none_or(|a| a < 0.001) && p.score >= if s.score == Score::Revel { 0.644 } else { 20.0 })
        .count();
    let args = [("score", score.into()), ("count", drawn.into()), ("unscored", s.unscored.into())];
    let mut text = lang.t_with(msg!("chart-scatter-words"), &args);
    if !s.points.is_empty() {
        let cut = lang.t(if s.score == Score::Revel {
            msg!("chart-scatter-cut-revel")
        } else {
            msg!("chart-scatter-cut-cadd")
        });
        text.push(' ');
        text.push_str(&lang.t_with(msg!("chart-scatter-corner"), &[("count", rare_high.into()), ("cut", cut.into())]));
    }
    text
}
