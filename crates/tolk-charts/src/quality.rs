//! Call quality per sample: depth, genotype quality and the allele balance
//! of heterozygous calls, one row of small histograms per sample, with
//! Ti/Tv and het/hom in the row's title.

use crate::{draw, err, palette, Chart, Result, FONT};
use plotters::prelude::*;
use tolk_core::chart::{describe, ratio, Histogram, SampleQuality};
use tolk_core::i18n::Lang;

/// `samples` as the engine chose them (the family, else the first few),
/// of `sample_count` in the file.
pub fn quality(samples: &[SampleQuality], sample_count: u32, lang: Lang) -> Result<Chart> {
    let shown = samples;
    let mut text = describe::quality(shown, lang);
    if sample_count as usize > shown.len() {
        text.push(' ');
        text.push_str(
            &lang.t_with(msg!("chart-quality-drawn"), &[("shown", shown.len().into()), ("count", sample_count.into())]),
        );
    }
    draw(&lang.t(msg!("chart-quality-title")), &text, |root| {
        if shown.is_empty() {
            return crate::message(root, &lang.t(msg!("chart-no-samples")));
        }
        let rows = root.split_evenly((shown.len(), 3));
        let small = ("sans-serif", FONT - 2).into_font().color(&palette::INK);
        for (i, q) in shown.iter().enumerate() {
            let ratios = [("titv", ratio(q.ti_tv(), lang).into()), ("hethom", ratio(q.het_hom(), lang).into())];
            let panels = [
                (&q.depth, lang.t_with(msg!("chart-quality-depth"), &[("sample", (&q.sample).into())]), palette::BLUE),
                (&q.genotype_quality, "GQ".to_owned(), palette::BLUISH_GREEN),
                (&q.allele_balance, lang.t_with(msg!("chart-quality-balance"), &ratios), palette::ORANGE),
            ];
            for (j, (h, caption, colour)) in panels.into_iter().enumerate() {
                histogram(&rows[i * 3 + j], h, &caption, colour, small.clone())?;
            }
        }
        Ok(Vec::new())
    })
}

fn histogram(
    area: &crate::Area<'_>,
    h: &Histogram,
    caption: &str,
    colour: RGBColor,
    style: TextStyle<'_>,
) -> Result<()> {
    let end = h.start + h.width * h.counts.len() as f32;
    let top = h.counts.iter().copied().max().unwrap_or(0).max(1);
    let mut chart = ChartBuilder::on(area)
        .margin(6)
        .margin_right(16)
        .caption(crate::clip(caption, 34), style.clone())
        .x_label_area_size(26)
        .y_label_area_size(44)
        .build_cartesian_2d(h.start..end, 0u32..top + top / 10 + 1)
        .map_err(err)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(3)
        .y_labels(3)
        .x_label_formatter(&|v: &f32| if h.width < 1.0 { format!("{v:.1}") } else { format!("{v:.0}") })
        .label_style(style)
        .draw()
        .map_err(err)?;
    chart
        .draw_series(h.counts.iter().enumerate().map(|(i, &n)| {
            let x = h.start + h.width * i as f32;
            Rectangle::new([(x, 0), (x + h.width * 0.9, n)], colour.filled())
        }))
        .map_err(err)?;
    Ok(())
}
