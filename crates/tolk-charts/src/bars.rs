//! Horizontal bar charts: the view's consequences, and the filter funnel.

use crate::rows::TopDown;
use crate::{clip, draw, err, label_style, palette, Chart, Result};
use plotters::coord::ranged1d::{AsRangedCoord, ValueFormatter};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use tolk_core::chart::{describe, ConsequenceBar};
use tolk_core::i18n::Lang;
use tolk_core::view::FunnelStep;

/// One bar per worst consequence, coloured by impact, most severe on top.
pub fn consequences(bars: &[ConsequenceBar], lang: Lang) -> Result<Chart> {
    let rows: Vec<(String, u32, RGBColor)> =
        bars.iter().map(|b| (b.name(lang).replace('_', " "), b.count, palette::impact(b.impact))).collect();
    draw(&lang.t(msg!("chart-consequences-title")), &describe::consequences(bars, lang), |root| {
        if bars.is_empty() {
            return crate::message(root, &lang.t(msg!("chart-none-in-view")));
        }
        let max = f64::from(bars.iter().map(|b| b.count).max().unwrap_or(1).max(1));
        let (legend, plot) = root.split_vertically(34);
        let keys: Vec<_> = palette::IMPACTS.iter().map(|&(i, name)| (Some(palette::impact(i)), name)).collect();
        crate::legend(&legend, 310, &keys)?;
        horizontal_bars(&plot, &rows, &lang.t(msg!("chart-axis-variants")), 0f64..max * 1.15, 0.0)
    })
}

/// The funnel: variants left after each narrowing step, top to bottom, on
/// a log scale so that the last steps (tens of variants after tens of
/// thousands) stay visible.
pub fn funnel(steps: &[FunnelStep], lang: Lang) -> Result<Chart> {
    let rows: Vec<(String, u32, RGBColor)> =
        steps.iter().map(|s| (s.label.render(lang), s.remaining, palette::BLUE)).collect();
    let words = rows.iter().map(|(label, n, _)| format!("{label}: {n}")).collect::<Vec<_>>().join("; ");
    let description = lang.t_with(msg!("chart-funnel-words"), &[("steps", words.into())]);
    draw(&lang.t(msg!("chart-funnel-title")), &description, |root| {
        let max = f64::from(steps.iter().map(|s| s.remaining).max().unwrap_or(1).max(1));
        let axis = lang.t(msg!("chart-axis-variants-left"));
        horizontal_bars(root, &rows, &axis, (0.8f64..max * 1.5).log_scale(), 0.8)
    })
}

/// Bars from the top, each labelled on the left and with its count at its
/// end; `x` is the count axis (linear or log) and `floor` its start.
fn horizontal_bars<X>(
    root: &crate::Area<'_>,
    rows: &[(String, u32, RGBColor)],
    x_desc: &str,
    x: X,
    floor: f64,
) -> Result<Vec<crate::Mark>>
where
    X: AsRangedCoord<Value = f64>,
    X::CoordDescType: ValueFormatter<f64>,
{
    let top_down = TopDown::new(rows.iter().map(|r| clip(&r.0, 30)).collect());
    let segment = |i: usize| top_down.segment(i);
    let label_for = |v: &SegmentValue<u32>| top_down.label(v);
    let mut chart = ChartBuilder::on(root)
        .margin(12)
        .margin_right(56)
        .x_label_area_size(56)
        .y_label_area_size(300)
        .build_cartesian_2d(x, top_down.axis())
        .map_err(err)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(palette::GRID.mix(0.4))
        .y_labels(top_down.len())
        .y_label_formatter(&label_for)
        .x_labels(6)
        .x_label_formatter(&crate::whole)
        .x_desc(x_desc)
        .label_style(label_style())
        .axis_desc_style(label_style())
        .draw()
        .map_err(err)?;
    let end = |count: u32| f64::from(count).max(floor);
    // Counts stand just right of their bar's end.
    let count_style = label_style().pos(Pos::new(HPos::Left, VPos::Center));
    chart
        .draw_series(rows.iter().enumerate().map(|(i, (_, count, colour))| {
            let y = segment(i);
            let mut bar = Rectangle::new(
                [(floor, SegmentValue::Exact(y)), (end(*count), SegmentValue::Exact(y + 1))],
                colour.filled(),
            );
            bar.set_margin(3, 3, 0, 0);
            bar
        }))
        .map_err(err)?;
    chart
        .draw_series(rows.iter().enumerate().map(|(i, (_, count, _))| {
            Text::new(count.to_string(), (end(*count), SegmentValue::CenterOf(segment(i))), count_style.clone())
        }))
        .map_err(err)?;
    Ok(Vec::new())
}
