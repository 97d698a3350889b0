//! The view along the genome: one line per chromosome (as long as its
//! furthest variant in the file), each variant a tick when few, density
//! bins when many; variants in panel genes in vermillion. Structural
//! variants are drawn as bars along their span, told apart by place and
//! fill as well as colour: deletions hollow below the line, duplications
//! filled above it, other types dark on the line; a legend names them.

use crate::rows::TopDown;
use crate::{draw_sized, err, label_style, palette, Area, Chart, Mark, Result};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use tolk_core::chart::{describe, Genome};
use tolk_core::i18n::Lang;
use tolk_core::sv::SvKind;

/// Okabe-Ito's reddish purple: deletions (3.3:1 on white, apart from the
/// marks' vermillion and blue).
const DELETION: RGBColor = RGBColor(0xcc, 0x79, 0xa7);
/// Duplications.
const DUPLICATION: RGBColor = palette::BLUISH_GREEN;
/// A span's bar is never drawn narrower than this (a few kilobases on a
/// chromosome of 250 Mb is under a pixel).
const MIN_SPAN_PX: i32 = 4;
/// A clickable point every this many pixels along a span's bar.
const SPAN_MARK_STEP: i32 = 16;

/// How a span is drawn: deletions, duplications, and every other type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SpanStyle {
    Loss,
    Gain,
    Other,
}

impl SpanStyle {
    fn of(kind: SvKind) -> SpanStyle {
        match kind {
            SvKind::Del => SpanStyle::Loss,
            SvKind::Dup => SpanStyle::Gain,
            _ => SpanStyle::Other,
        }
    }

    /// Its legend entry.
    fn name(self, lang: Lang) -> String {
        lang.t(match self {
            SpanStyle::Loss => msg!("chart-legend-span-del"),
            SpanStyle::Gain => msg!("chart-legend-span-dup"),
            SpanStyle::Other => msg!("chart-legend-span-other"),
        })
    }

    /// Its bar's top and bottom, from the chromosome's line at `y`.
    fn rows(self, y: i32) -> (i32, i32) {
        match self {
            SpanStyle::Loss => (y + 4, y + 11),
            SpanStyle::Gain => (y - 11, y - 4),
            SpanStyle::Other => (y - 3, y + 3),
        }
    }

    /// Draws its bar from `x0` to `x1` about the line at `y`.
    fn draw(self, area: &Area<'_>, x0: i32, x1: i32, y: i32) -> Result<()> {
        let (top, bottom) = self.rows(y);
        let corners = [(x0, top), (x1, bottom)];
        match self {
            SpanStyle::Loss => {
                area.draw(&Rectangle::new(corners, WHITE.filled())).map_err(err)?;
                area.draw(&Rectangle::new(corners, DELETION.stroke_width(2))).map_err(err)
            }
            SpanStyle::Gain => area.draw(&Rectangle::new(corners, DUPLICATION.filled())).map_err(err),
            SpanStyle::Other => area.draw(&Rectangle::new(corners, palette::INK.filled())).map_err(err),
        }
    }
}

/// The span styles the spans of `kinds` use, in legend order.
fn styles(kinds: impl Iterator<Item = SvKind>) -> Vec<SpanStyle> {
    let used: Vec<SpanStyle> = kinds.map(SpanStyle::of).collect();
    [SpanStyle::Loss, SpanStyle::Gain, SpanStyle::Other].into_iter().filter(|style| used.contains(style)).collect()
}

/// Where each legend entry goes across `width`: a new row of 28 px when
/// the next would not fit.
fn legend_places(width: i32, names: &[String]) -> Vec<(i32, i32)> {
    let (x0, mut x, mut y) = (12, 12, 8);
    names
        .iter()
        .map(|name| {
            let step = 50 + 12 * name.chars().count() as i32;
            if x > x0 && x + step - 12 > width {
                (x, y) = (x0, y + 28);
            }
            let at = (x, y);
            x += step;
            at
        })
        .collect()
}

/// The legend of the span styles used: each bar as drawn, then its name.
fn span_legend(area: &Area<'_>, used: &[SpanStyle], lang: Lang) -> Result<()> {
    let names: Vec<String> = used.iter().map(|s| s.name(lang)).collect();
    let width = area.dim_in_pixel().0 as i32;
    for ((style, name), (x, y)) in used.iter().zip(&names).zip(legend_places(width, &names)) {
        style.draw(area, x, x + 30, y + 9)?;
        area.draw(&Text::new(name.as_str(), (x + 38, y + 9), label_style().pos(Pos::new(HPos::Left, VPos::Center))))
            .map_err(err)?;
    }
    Ok(())
}

pub fn genome(g: &Genome, lang: Lang) -> Result<Chart> {
    let n = g.chromosomes.len().max(1) as u32;
    let used = styles(g.spans.iter().map(|s| s.kind));
    let legend_height = match used.is_empty() {
        true => 0,
        false => {
            let names: Vec<String> = used.iter().map(|s| s.name(lang)).collect();
            legend_places(800, &names).last().map_or(0, |&(_, y)| y + 28) as u32
        }
    };
    let height = (80 + 26 * n).clamp(240, 760) + legend_height;
    draw_sized((800, height), &lang.t(msg!("chart-genome-title")), &describe::genome(g, lang), |full| {
        if g.chromosomes.is_empty() {
            return crate::message(full, &lang.t(msg!("chart-no-variants")));
        }
        let (legend, plot) = full.split_vertically(legend_height);
        if !used.is_empty() {
            span_legend(&legend, &used, lang)?;
        }
        let root = &plot;
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
        // Structural variants along their spans, over the marks and bins,
        // drawn in the whole SVG's pixels (the chart's own coordinates
        // cannot place a bar part of the way up a chromosome's row).
        let y_of = |c: u16| chart.backend_coord(&(0.0, SegmentValue::CenterOf(row(c as usize)))).1;
        let x_of = |pos: u32| chart.backend_coord(&(f64::from(pos) / 1e6, SegmentValue::CenterOf(row(0)))).0;
        for span in &g.spans {
            // A span is drawn within its chromosome, the right way round,
            // whatever the summary holds.
            let Some(length) = g.chromosomes.get(span.chromosome as usize).map(|c| c.length) else { continue };
            let (start, end) = (span.start.min(span.end).min(length), span.start.max(span.end).min(length));
            let style = SpanStyle::of(span.kind);
            let (x0, y) = (x_of(start), y_of(span.chromosome));
            let x1 = x_of(end).max(x0 + MIN_SPAN_PX);
            style.draw(full, x0, x1, y)?;
            // Clickable along its length, not only at its middle.
            let (top, bottom) = style.rows(y);
            let middle = (top + bottom) / 2;
            let mut x = x0 + (x1 - x0).min(SPAN_MARK_STEP) / 2;
            while x <= x1 {
                marks.push(Mark::new(&span.variant, (x, middle)));
                x += SPAN_MARK_STEP;
            }
        }
        Ok(marks)
    })
}
