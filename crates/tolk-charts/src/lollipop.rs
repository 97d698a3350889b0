//! The selected variant's gene as a lollipop: the protein from 1 to its
//! length, a stick per variant in view at its protein position (stacked
//! where several share one), heads coloured by impact or by the class the
//! clinician gave, the selected one larger, outlined and labelled.

use crate::{clip, draw, err, label_style, palette, Chart, Mark, Result};
use plotters::prelude::*;
use std::collections::BTreeMap;
use tolk_core::acmg::Class;
use tolk_core::chart::{describe, Lollipop, Stick};
use tolk_core::i18n::Lang;

/// What the heads' colour tells.
#[derive(Debug, Clone, Copy)]
pub enum Colouring<'a> {
    /// The consequence's impact (HIGH to MODIFIER).
    Impact,
    /// The final class, by variant key; unclassified variants hollow.
    Class(&'a BTreeMap<String, Class>),
}

impl Colouring<'_> {
    /// `None`: drawn hollow.
    fn of(&self, s: &Stick) -> Option<RGBColor> {
        match self {
            Colouring::Impact => Some(palette::impact(s.impact)),
            Colouring::Class(classes) => classes.get(&s.variant.key).map(|&c| palette::class(c)),
        }
    }

    fn legend(&self, lang: Lang) -> Vec<(Option<RGBColor>, String)> {
        match self {
            Colouring::Impact => {
                palette::IMPACTS.iter().map(|&(i, name)| (Some(palette::impact(i)), name.to_owned())).collect()
            }
            Colouring::Class(_) => Class::ALL
                .iter()
                .map(|&c| (Some(palette::class(c)), c.label(lang)))
                .chain(std::iter::once((None, lang.t(msg!("chart-lollipop-not-classified")))))
                .collect(),
        }
    }
}

pub fn lollipop(l: &Lollipop, colouring: Colouring<'_>, lang: Lang) -> Result<Chart> {
    let title = lang.t_with(msg!("chart-lollipop-title"), &[("gene", (&l.gene).into())]);
    draw(&title, &describe::lollipop(l, lang), |root| {
        let keys = colouring.legend(lang);
        let names: Vec<&str> = keys.iter().map(|(_, name)| name.as_str()).collect();
        let (legend, root) = root.split_vertically(crate::legend_height(12, crate::SIZE.0, &names));
        crate::legend(&legend, 12, &keys)?;
        let root = &root;
        if l.sticks.is_empty() {
            let gene = clip(&l.gene, 30);
            return crate::message(root, &lang.t_with(msg!("chart-lollipop-no-position"), &[("gene", gene.into())]));
        }
        let furthest = l.sticks.iter().map(|s| s.protein_position).max().unwrap_or(1);
        let length = l.protein_length.unwrap_or(furthest).max(furthest).max(1);
        // Without a length (VEP gives only the position) the axis does not
        // end at the last variant as if that were the protein's end: it
        // runs on, and says the length is not given.
        let axis_end = if l.protein_length.is_some() { f64::from(length) * 1.02 } else { f64::from(length) * 1.25 };
        // Stack sticks that share a position.
        let mut heights = Vec::with_capacity(l.sticks.len());
        for (i, s) in l.sticks.iter().enumerate() {
            let below = l.sticks[..i].iter().filter(|o| o.protein_position == s.protein_position).count();
            heights.push(1.0 + below as f64 * 0.6);
        }
        let top = heights.iter().copied().fold(1.0, f64::max) + 1.2;
        let caption = format!("{}{}", l.gene, l.transcript.as_deref().map(|t| format!(" · {t}")).unwrap_or_default());
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .margin_right(28)
            .caption(clip(&caption, 60), label_style())
            .x_label_area_size(56)
            .y_label_area_size(16)
            .build_cartesian_2d(0f64..axis_end, -0.6f64..top)
            .map_err(err)?;
        chart
            .configure_mesh()
            .disable_mesh()
            .disable_y_axis()
            .x_label_formatter(&crate::whole)
            .x_desc(lang.t(msg!("chart-axis-amino-acid")))
            .label_style(label_style())
            .axis_desc_style(label_style())
            .draw()
            .map_err(err)?;
        // The protein.
        chart
            .draw_series(std::iter::once(Rectangle::new(
                [(1.0, -0.35), (f64::from(length), 0.0)],
                palette::GRID.filled(),
            )))
            .map_err(err)?;
        if l.protein_length.is_none() {
            chart
                .draw_series(std::iter::once(Text::new(
                    lang.t(msg!("chart-lollipop-length-not-given")),
                    (f64::from(length) * 1.24, 0.25),
                    label_style().pos(plotters::style::text_anchor::Pos::new(
                        plotters::style::text_anchor::HPos::Right,
                        plotters::style::text_anchor::VPos::Bottom,
                    )),
                )))
                .map_err(err)?;
        }
        let at = |i: usize| (f64::from(l.sticks[i].protein_position), heights[i]);
        chart
            .draw_series(l.sticks.iter().enumerate().map(|(i, _)| {
                let (x, h) = at(i);
                PathElement::new(vec![(x, 0.0), (x, h)], palette::MUTED.stroke_width(2))
            }))
            .map_err(err)?;
        chart
            .draw_series(l.sticks.iter().enumerate().map(|(i, s)| {
                let size = if s.selected { 11 } else { 7 };
                match colouring.of(s) {
                    Some(colour) => Circle::new(at(i), size, colour.filled()),
                    None => Circle::new(at(i), size, palette::MUTED.stroke_width(2)),
                }
            }))
            .map_err(err)?;
        if let Some(i) = l.sticks.iter().position(|s| s.selected) {
            let s = &l.sticks[i];
            chart.draw_series(std::iter::once(Circle::new(at(i), 13, palette::INK.stroke_width(3)))).map_err(err)?;
            let label = s.label.clone().unwrap_or_else(|| format!("{} {}", s.protein_position, s.consequence));
            let (x, h) = at(i);
            chart
                .draw_series(std::iter::once(Text::new(
                    clip(&label, 28),
                    (x, h + 0.45),
                    label_style().pos(plotters::style::text_anchor::Pos::new(
                        plotters::style::text_anchor::HPos::Center,
                        plotters::style::text_anchor::VPos::Bottom,
                    )),
                )))
                .map_err(err)?;
        }
        Ok(l.sticks.iter().enumerate().map(|(i, s)| Mark::new(&s.variant, chart.backend_coord(&at(i)))).collect())
    })
}
