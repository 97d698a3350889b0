//! Population AF (log scale) against REVEL or CADD. Variants absent from
//! the frequency sources are drawn in their own band at the left, not at
//! zero. Many variants are drawn as a density grid.

use crate::{draw, err, label_style, palette, Chart, Mark, Result};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use tolk_core::chart::{describe, AfScore, Score, LOG_AF_FLOOR};
use tolk_core::i18n::Lang;

/// Where "absent" is drawn: one decade left of the floor.
const ABSENT: f64 = LOG_AF_FLOOR as f64 - 1.0;

pub fn af_score(s: &AfScore, lang: Lang) -> Result<Chart> {
    draw(&lang.t(msg!("chart-scatter-title")), &describe::af_score(s, lang), |root| {
        let Some(score) = s.score.label() else {
            return crate::message(root, &lang.t(msg!("chart-scatter-none")));
        };
        let top = f64::from(s.score_max) * 1.05;
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .margin_right(24)
            .x_label_area_size(56)
            .y_label_area_size(70)
            .build_cartesian_2d(ABSENT - 0.5..0.2, 0f64..top.max(f64::MIN_POSITIVE))
            .map_err(err)?;
        let x_label = |x: &f64| {
            if (*x - ABSENT).abs() < 0.01 {
                lang.t(msg!("chart-af-not-found"))
            } else if x.fract().abs() < 1e-9 {
                format!("1e{}", *x as i32)
            } else {
                String::new()
            }
        };
        chart
            .configure_mesh()
            .light_line_style(palette::GRID.mix(0.3))
            .x_labels(9)
            .x_label_formatter(&x_label)
            .x_desc(lang.t(msg!("chart-axis-af-log")))
            .y_desc(score)
            .label_style(label_style())
            .axis_desc_style(label_style())
            .draw()
            .map_err(err)?;
        if s.score == Score::Revel {
            // The Pejaver 2022 thresholds: PP3 supporting and BP4 supporting.
            for (at, name) in [(0.644, "PP3 ≥ 0.644"), (0.290, "BP4 ≤ 0.290")] {
                chart
                    .draw_series(std::iter::once(PathElement::new(
                        vec![(ABSENT - 0.5, at), (0.2, at)],
                        palette::MUTED.stroke_width(1),
                    )))
                    .map_err(err)?;
                chart
                    .draw_series(std::iter::once(Text::new(
                        name,
                        (-0.1, at),
                        label_style().pos(Pos::new(HPos::Right, VPos::Bottom)),
                    )))
                    .map_err(err)?;
            }
        }
        let x_of = |af: Option<f32>| af.map_or(ABSENT, |a| f64::from(a.max(1e-12).log10().max(LOG_AF_FLOOR)));
        let mut marks = Vec::new();
        if s.points.is_empty() {
            let peak = s.grid.iter().flatten().copied().max().unwrap_or(1).max(1);
            let columns = s.grid.first().map_or(1, Vec::len).max(2) - 1;
            let dx = f64::from(-LOG_AF_FLOOR) / (columns as f64 - 1.0).max(1.0);
            let dy = f64::from(s.score_max) / (s.grid.len() as f64 - 1.0).max(1.0);
            chart
                .draw_series(s.grid.iter().enumerate().flat_map(|(y, row)| {
                    row.iter().enumerate().filter(|(_, &n)| n > 0).map(move |(x, &n)| {
                        let cx = if x == 0 { ABSENT } else { f64::from(LOG_AF_FLOOR) + (x - 1) as f64 * dx };
                        let cy = y as f64 * dy;
                        let alpha = 0.2 + 0.8 * f64::from(n) / f64::from(peak);
                        Rectangle::new(
                            [(cx - dx / 2.0, cy - dy / 2.0), (cx + dx / 2.0, cy + dy / 2.0)],
                            palette::BLUE.mix(alpha).filled(),
                        )
                    })
                }))
                .map_err(err)?;
        } else {
            chart
                .draw_series(
                    s.points
                        .iter()
                        .map(|p| Circle::new((x_of(p.af), f64::from(p.score)), 6, palette::BLUE.mix(0.75).filled())),
                )
                .map_err(err)?;
            marks.extend(
                s.points.iter().map(|p| Mark::new(&p.variant, chart.backend_coord(&(x_of(p.af), f64::from(p.score))))),
            );
        }
        Ok(marks)
    })
}
