//! The view along the genome: one line per chromosome (as long as its
//! furthest variant in the file), each variant a tick when few, density
//! bins when many; variants in panel genes in vermillion.

use crate::rows::TopDown;
use crate::{draw_sized, err, label_style, palette, Chart, Mark, Result};
use plotters::prelude::*;
use tolk_core::chart::{describe, Genome};
use tolk_core::i18n::Lang;

pub fn genome(g: &Genome, lang: Lang) -> Result<Chart> {
    let n = g.chromosomes.len().max(1) as u32;
    let height = (80 + 26 * n).clamp(240, 760);
    draw_sized((800, height), &lang.t(msg!("chart-genome-title")), &describe::genome(g, lang), |root| {
        if g.chromosomes.is_empty() {
            return crate::message(root, &lang.t(msg!("chart-no-variants")));
        }
        let longest = g.chromosomes.iter().map(|c| c.length).max().unwrap_or(1).max(1);
        let top_down = TopDown::new(g.chromosomes.iter().map(|c| c.name.clone()).collect());
        let row = |i: usize| top_down.segment(i);
        let label_for = |v: &SegmentValue<u32>| top_down.label(v);
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .margin_right(24)
            .x_label_area_size(56)
            .y_label_area_size(90)
            .build_cartesian_2d(0f64..f64::from(longest) / 1e6, top_down.axis())
            .map_err(err)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .light_line_style(palette::GRID.mix(0.3))
            .y_labels(top_down.len())
            .y_label_formatter(&label_for)
            .x_label_formatter(&crate::whole)
            .x_desc(lang.t(msg!("chart-axis-position-mb")))
            .label_style(label_style())
            .axis_desc_style(label_style())
            .draw()
            .map_err(err)?;
        // The chromosome itself: a thin grey bar.
        chart
            .draw_series(g.chromosomes.iter().enumerate().map(|(i, c)| {
                let y = row(i);
                PathElement::new(
                    vec![(0.0, SegmentValue::CenterOf(y)), (f64::from(c.length) / 1e6, SegmentValue::CenterOf(y))],
                    palette::GRID.stroke_width(6),
                )
            }))
            .map_err(err)?;
        let mut marks = Vec::new();
        if g.marks.is_empty() {
            let peak = g.chromosomes.iter().flat_map(|c| &c.counts).copied().max().unwrap_or(1).max(1);
            let bin = f64::from(g.bin_bases) / 1e6;
            chart
                .draw_series(g.chromosomes.iter().enumerate().flat_map(|(i, c)| {
                    let y = row(i);
                    c.counts.iter().zip(&c.in_panel).enumerate().filter(|(_, (&n, _))| n > 0).map(
                        move |(b, (&n, &p))| {
                            let colour = if p > 0 { palette::VERMILLION } else { palette::BLUE };
                            let alpha = 0.25 + 0.75 * f64::from(n) / f64::from(peak);
                            let x = b as f64 * bin;
                            Rectangle::new(
                                [(x, SegmentValue::Exact(y)), (x + bin, SegmentValue::Exact(y + 1))],
                                colour.mix(alpha).filled(),
                            )
                        },
                    )
                }))
                .map_err(err)?;
        } else {
            let at = |m: &tolk_core::chart::GenomeMark| {
                (f64::from(m.pos) / 1e6, SegmentValue::CenterOf(row(m.chromosome as usize)))
            };
            chart
                .draw_series(g.marks.iter().map(|m| {
                    let colour = if m.in_panel { palette::VERMILLION } else { palette::BLUE };
                    Circle::new(at(m), 6, colour.filled())
                }))
                .map_err(err)?;
            marks.extend(g.marks.iter().map(|m| Mark::new(&m.variant, chart.backend_coord(&at(m)))));
        }
        Ok(marks)
    })
}
