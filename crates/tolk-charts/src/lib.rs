//! Tolk's charts as SVG, drawn with plotters from `tolk_core::chart` data.
//!
//! Made for a shared screen: large type (the SVG scales with the page, and
//! its labels are at least 16 px at the drawn size), the Okabe-Ito palette
//! (told apart with every common colour-vision deficiency), and a title and
//! description inside each SVG (the chart's text alternative). Charts with
//! clickable marks also return where each mark was drawn, so the page can
//! turn a click into a selected variant.
//!
//! Every function returns `Err` with plotters' message rather than panic.

/// `msg!`: message keys checked as the crate builds (`tolk_core::messages`).
#[macro_use]
extern crate tolk_core;

mod bars;
mod genome;
mod lollipop;
mod note;
pub mod palette;
mod pedigree;
mod quality;
mod rows;
mod scatter;

pub use bars::{consequences, funnel};
pub use genome::genome;
pub use lollipop::{lollipop, Colouring};
pub use note::note_figures;
pub use pedigree::{family_pedigree, pedigree};
pub use quality::quality;
pub use scatter::af_score;

use plotters::prelude::*;
use tolk_core::i18n::Lang;
use tolk_core::note::html::escape;

/// The view's charts in the order the page shows them, each with its
/// stable id (`chart-<id>` in the page) and its caption, in `lang`.
pub fn view_charts(
    charts: &tolk_core::chart::Charts,
    funnel_steps: &[tolk_core::view::FunnelStep],
    lang: Lang,
) -> [(&'static str, String, Result<Chart>); 5] {
    [
        ("consequences", lang.t(msg!("chart-caption-consequences")), consequences(&charts.consequences, lang)),
        ("funnel", lang.t(msg!("chart-caption-funnel")), funnel(funnel_steps, lang)),
        ("genome", lang.t(msg!("chart-caption-genome")), genome(&charts.genome, lang)),
        ("af-score", lang.t(msg!("chart-caption-af-score")), af_score(&charts.af_score, lang)),
        ("quality", lang.t(msg!("chart-caption-quality")), quality(&charts.quality, charts.sample_count, lang)),
    ]
}

/// Width and height every chart is drawn at; the page scales it.
pub const SIZE: (u32, u32) = (800, 420);
/// Axis and tick labels at [`SIZE`]: plotters writes 1/1.24 of this as the
/// SVG font size, so 22 gives text about 18 px high on an 800 px chart.
pub const FONT: u32 = 22;

/// A drawn chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// A whole `<svg>` element, its text escaped.
    pub svg: String,
    /// Its width and height in its own coordinates (the `viewBox`).
    pub size: (u32, u32),
    /// The chart in words (also inside the SVG as `<desc>`).
    pub description: String,
    /// Where each clickable mark is, in the SVG's own coordinates.
    pub marks: Vec<Mark>,
}

/// One clickable mark: the variant it stands for and its centre.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub row: u32,
    pub alt: u16,
    pub key: String,
    pub x: i32,
    pub y: i32,
}

impl Mark {
    pub(crate) fn new(variant: &tolk_core::chart::MarkRef, (x, y): (i32, i32)) -> Mark {
        Mark { row: variant.row, alt: variant.alt, key: variant.key.clone(), x, y }
    }
}

impl Chart {
    /// The mark nearest `(x, y)` (SVG coordinates) within `radius`.
    pub fn mark_at(&self, x: f64, y: f64, radius: f64) -> Option<&Mark> {
        let distance = |m: &Mark| (f64::from(m.x) - x).hypot(f64::from(m.y) - y);
        self.marks.iter().filter(|m| distance(m) <= radius).min_by(|a, b| distance(a).total_cmp(&distance(b)))
    }
}

pub type Result<T> = std::result::Result<T, String>;

/// Draws with `draw` on a fresh SVG of [`SIZE`], then puts `title` and
/// `description` (plain text) inside it for screen readers.
pub(crate) fn draw(title: &str, description: &str, draw: impl FnOnce(&Area<'_>) -> Result<Vec<Mark>>) -> Result<Chart> {
    draw_sized(SIZE, title, description, draw)
}

pub(crate) type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

/// [`draw`] at another size.
pub(crate) fn draw_sized(
    size: (u32, u32),
    title: &str,
    description: &str,
    draw: impl FnOnce(&Area<'_>) -> Result<Vec<Mark>>,
) -> Result<Chart> {
    let mut svg = String::new();
    let marks = {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let marks = draw(&root)?;
        root.present().map_err(|e| e.to_string())?;
        marks
    };
    let accessible = format!("<title>{}</title><desc>{}</desc>", escape(title), escape(description));
    let svg = match svg.find('>') {
        Some(end) => {
            format!("{}{accessible}{}", &svg[..=end], &svg[end + 1..]).replacen("<svg ", "<svg role=\"img\" ", 1)
        }
        None => return Err("plotters wrote no SVG".into()),
    };
    Ok(Chart { svg, size, description: description.to_owned(), marks })
}

pub(crate) fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// Colour keys from `x` along the top of `area`, wrapping onto a new row
/// where the chart is too narrow (longer names in another language); a
/// `None` colour is drawn hollow (for "not classified").
pub(crate) fn legend(area: &Area<'_>, x: i32, entries: &[(Option<RGBColor>, impl AsRef<str>)]) -> Result<()> {
    use plotters::style::text_anchor::{HPos, Pos, VPos};
    let width = area.dim_in_pixel().0 as i32;
    let names: Vec<&str> = entries.iter().map(|(_, name)| name.as_ref()).collect();
    for ((colour, _), (name, (x, y))) in entries.iter().zip(names.iter().zip(legend_layout(x, width, &names))) {
        let key = [(x, y), (x + 18, y + 18)];
        match colour {
            Some(c) => area.draw(&Rectangle::new(key, c.filled())),
            None => area.draw(&Rectangle::new(key, palette::MUTED.stroke_width(2))),
        }
        .map_err(err)?;
        area.draw(&Text::new(*name, (x + 24, y + 9), label_style().pos(Pos::new(HPos::Left, VPos::Center))))
            .map_err(err)?;
    }
    Ok(())
}

/// The height [`legend`] needs for `names` from `x` across `width`.
pub(crate) fn legend_height(x: i32, width: u32, names: &[&str]) -> u32 {
    let rows = legend_layout(x, width as i32, names).last().map_or(0, |&(_, y)| y + 24);
    rows.max(34) as u32
}

/// Where each key of a legend goes: left to right, a new row of 28 px when
/// the next would pass `width`.
fn legend_layout(x0: i32, width: i32, names: &[&str]) -> Vec<(i32, i32)> {
    let (mut x, mut y) = (x0, 10);
    names
        .iter()
        .map(|name| {
            let step = 36 + 13 * name.chars().count() as i32;
            if x > x0 && x + step - 12 > width {
                (x, y) = (x0, y + 28);
            }
            let at = (x, y);
            x += step;
            at
        })
        .collect()
}

/// A chart with nothing to draw says why, in its middle.
pub(crate) fn message(area: &Area<'_>, text: &str) -> Result<Vec<Mark>> {
    let (w, h) = area.dim_in_pixel();
    let centre = label_style().pos(plotters::style::text_anchor::Pos::new(
        plotters::style::text_anchor::HPos::Center,
        plotters::style::text_anchor::VPos::Center,
    ));
    area.draw(&Text::new(text, (w as i32 / 2, h as i32 / 2), centre)).map_err(err)?;
    Ok(Vec::new())
}

/// Label style at the chart font size.
pub(crate) fn label_style() -> TextStyle<'static> {
    ("sans-serif", FONT).into_font().color(&palette::INK)
}

/// A tick value as a whole number (`200`, not `200.0`).
pub(crate) fn whole(v: &f64) -> String {
    format!("{v:.0}")
}

/// A long label cut to `max` characters with an ellipsis.
pub(crate) fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        text.chars().take(max - 1).chain(std::iter::once('…')).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_legend_too_wide_for_the_chart_wraps_and_every_key_fits() {
        let names =
            ["Patogen", "Sannsynlig patogen", "Usikker betydning", "Sannsynlig benign", "Benign", "ikke klassifisert"];
        let layout = legend_layout(12, 800, &names);
        for (&(x, _), name) in layout.iter().zip(names) {
            assert!(x + 24 + 13 * name.chars().count() as i32 <= 800, "{name} at {x} passes the edge");
        }
        assert!(layout.last().unwrap().1 > layout[0].1, "a second row");
        assert_eq!(legend_height(12, 800, &names), 62);
        assert_eq!(legend_height(310, 800, &["HIGH", "MODERATE", "LOW", "MODIFIER"]), 34, "one row, as before");
    }
}
